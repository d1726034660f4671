package mx.costjalisco.gms.demo;

import static mx.costjalisco.gms.member.entity.AppointmentRole.ALTERNATE;
import static mx.costjalisco.gms.member.entity.AppointmentRole.COMMUNICATIONS_LIAISON;
import static mx.costjalisco.gms.member.entity.AppointmentRole.LIAISON;
import static mx.costjalisco.gms.member.entity.AppointmentRole.PRIMARY;

import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Sector;

/**
 * The demo registry's content. The institutions are those the 2023 work plan names (the State Government, Guadalajara,
 * Zapopan, Tlajomulco, the CMIC that presides) and a plausible set of academic and civil-society members; every
 * person is invented, with addresses under the reserved {@code demo.example} domain.
 */
final class DemoRegistry {

    record DemoPerson(AppointmentRole role, String name, String position, String email, String phone) {}

    record DemoInstitution(
            String name,
            String acronym,
            Sector sector,
            InstitutionType type,
            boolean observer,
            LocalDate joinedOn,
            String approvedBy,
            LocalDate termEndsOn,
            LocalDate leftOn,
            String leftReason,
            List<DemoPerson> people) {}

    private DemoRegistry() {}

    /** The demo institutions; one term is set to end soon after {@code today}, so the registry's warning shows. */
    static List<DemoInstitution> institutions(LocalDate today) {
        LocalDate stateAdministrationEnds = LocalDate.of(2030, 12, 5);
        LocalDate municipalAdministrationEnds = LocalDate.of(2027, 9, 30);
        return List.of(
                current(
                        "Gobierno del Estado de Jalisco",
                        "GEJ",
                        Sector.GOVERNMENT,
                        InstitutionType.AGENCY,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        stateAdministrationEnds,
                        List.of(
                                p(
                                        PRIMARY,
                                        "Laura Beatriz Ochoa Vega",
                                        "Directora General de Obra Pública",
                                        "laura.ochoa@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Rodrigo Salcedo Ibarra",
                                        "Director de Licitaciones",
                                        "rodrigo.salcedo@demo.example"),
                                p(
                                        LIAISON,
                                        "Daniela Ruvalcaba Torres",
                                        "Jefa de Transparencia",
                                        "daniela.ruvalcaba@demo.example"),
                                p(
                                        COMMUNICATIONS_LIAISON,
                                        "Héctor Ávila Núñez",
                                        "Coordinador de Comunicación",
                                        "hector.avila@demo.example"))),
                current(
                        "Ayuntamiento de Guadalajara",
                        "GDL",
                        Sector.GOVERNMENT,
                        InstitutionType.MUNICIPALITY,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        municipalAdministrationEnds,
                        List.of(
                                p(
                                        PRIMARY,
                                        "Jorge Armando Pérez Lomelí",
                                        "Director de Obras Públicas",
                                        "jorge.perez@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Sofía Guadalupe Medina Ruiz",
                                        "Subdirectora de Proyectos",
                                        "sofia.medina@demo.example"),
                                p(
                                        LIAISON,
                                        "Ana Karen Delgado Flores",
                                        "Enlace de Transparencia",
                                        "enlace@demo.example"))),
                current(
                        "Ayuntamiento de Zapopan",
                        "ZAP",
                        Sector.GOVERNMENT,
                        InstitutionType.MUNICIPALITY,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        municipalAdministrationEnds,
                        List.of(
                                p(
                                        PRIMARY,
                                        "Miguel Ángel Cortés Villaseñor",
                                        "Coordinador de Gestión Integral de la Ciudad",
                                        "miguel.cortes@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Patricia Lizette Gómez Anaya",
                                        "Directora de Obras Públicas",
                                        "patricia.gomez@demo.example"),
                                p(
                                        LIAISON,
                                        "Iván Rentería Solís",
                                        "Jefe de Unidad de Transparencia",
                                        "ivan.renteria@demo.example"))),
                current(
                        "Ayuntamiento de Tlajomulco de Zúñiga",
                        "TLAJ",
                        Sector.GOVERNMENT,
                        InstitutionType.MUNICIPALITY,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        municipalAdministrationEnds,
                        List.of(
                                p(
                                        PRIMARY,
                                        "Citlali Arellano Mora",
                                        "Directora General de Obras Públicas",
                                        "citlali.arellano@demo.example"),
                                p(LIAISON, "Óscar Muñoz Beltrán", "Enlace técnico", "oscar.munoz@demo.example"))),
                current(
                        "Instituto de Transparencia, Información Pública y Protección de Datos Personales del Estado"
                                + " de Jalisco",
                        "ITEI",
                        Sector.GOVERNMENT,
                        InstitutionType.AUTONOMOUS_BODY,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        null,
                        List.of(
                                p(
                                        PRIMARY,
                                        "Gabriela Montserrat Ríos Aguirre",
                                        "Comisionada",
                                        "gabriela.rios@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Luis Fernando Zúñiga Preciado",
                                        "Secretario Ejecutivo",
                                        "luis.zuniga@demo.example"),
                                p(
                                        LIAISON,
                                        "Mariana Estrada Campos",
                                        "Coordinadora de Proyectos Especiales",
                                        "secretaria@demo.example"))),
                current(
                        "Contraloría del Estado de Jalisco",
                        "CEJ",
                        Sector.GOVERNMENT,
                        InstitutionType.AGENCY,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        stateAdministrationEnds,
                        List.of(
                                p(
                                        PRIMARY,
                                        "Ricardo Emilio Lara Fonseca",
                                        "Director General de Control de Obra",
                                        "ricardo.lara@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Verónica Sandoval Íñiguez",
                                        "Directora de Auditoría",
                                        "veronica.sandoval@demo.example"))),
                current(
                        "Cámara Mexicana de la Industria de la Construcción, Delegación Jalisco",
                        "CMIC",
                        Sector.PRIVATE,
                        InstitutionType.CHAMBER,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        LocalDate.of(2027, 11, 3),
                        List.of(
                                p(
                                        PRIMARY,
                                        "Carlos Alberto Ruiz Mendoza",
                                        "Presidente de la Delegación",
                                        "presidencia@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Fernanda Ibarra Quintero",
                                        "Gerente de Vinculación",
                                        "fernanda.ibarra@demo.example"),
                                p(LIAISON, "Tomás Herrera Magaña", "Coordinador técnico", "tomas.herrera@demo.example"),
                                p(
                                        COMMUNICATIONS_LIAISON,
                                        "Paola Jiménez Ortega",
                                        "Comunicación institucional",
                                        "paola.jimenez@demo.example"))),
                current(
                        "Colegio de Ingenieros Civiles del Estado de Jalisco",
                        "CICEJ",
                        Sector.PRIVATE,
                        InstitutionType.PROFESSIONAL_ASSOCIATION,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        LocalDate.of(2027, 11, 3),
                        List.of(
                                p(
                                        PRIMARY,
                                        "Arturo Velázquez Cárdenas",
                                        "Presidente del Consejo Directivo",
                                        "arturo.velazquez@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Lucía Fernández Robles",
                                        "Secretaria del Consejo",
                                        "lucia.fernandez@demo.example"))),
                current(
                        "Confederación Patronal de la República Mexicana, Centro Empresarial de Jalisco",
                        "COPARMEX",
                        Sector.PRIVATE,
                        InstitutionType.CHAMBER,
                        DemoData.ENLARGED,
                        DemoData.ENLARGEMENT,
                        DemoData.ENLARGED.plusYears(4).minusDays(1),
                        List.of(
                                p(
                                        PRIMARY,
                                        "Eduardo Navarro Castellanos",
                                        "Director de Gobierno Corporativo",
                                        "eduardo.navarro@demo.example"),
                                p(
                                        LIAISON,
                                        "Mónica Reyes Valdivia",
                                        "Analista de Integridad",
                                        "monica.reyes@demo.example"))),
                current(
                        "Jalisco Cómo Vamos, Observatorio Ciudadano",
                        "JCV",
                        Sector.CIVIL_SOCIETY,
                        InstitutionType.CIVIL_ORGANIZATION,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        today.plusDays(30),
                        List.of(
                                p(PRIMARY, "Alejandra Toscano Lepe", "Directora", "alejandra.toscano@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Diego Orozco Partida",
                                        "Coordinador de Investigación",
                                        "diego.orozco@demo.example"),
                                p(LIAISON, "Rebeca Chávez Uribe", "Analista de datos", "rebeca.chavez@demo.example"))),
                current(
                        "Colectivo Ciudadanos por Municipios Transparentes",
                        "CIMTRA",
                        Sector.CIVIL_SOCIETY,
                        InstitutionType.CIVIL_ORGANIZATION,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        LocalDate.of(2027, 11, 3),
                        List.of(
                                p(
                                        PRIMARY,
                                        "Javier Alonso Padilla Gil",
                                        "Coordinador estatal",
                                        "javier.padilla@demo.example"),
                                p(ALTERNATE, "Estela Morales Chávez", "Investigadora", "estela.morales@demo.example"))),
                current(
                        "Observatorio Ciudadano de Obra Pública Jalisco, A.C.",
                        "OCOP",
                        Sector.CIVIL_SOCIETY,
                        InstitutionType.CIVIL_ORGANIZATION,
                        DemoData.ENLARGED,
                        DemoData.ENLARGEMENT,
                        DemoData.ENLARGED.plusYears(2).minusDays(1),
                        List.of(p(PRIMARY, "Renata Aguilar Sepúlveda", "Presidenta", "renata.aguilar@demo.example"))),
                current(
                        "Universidad de Guadalajara",
                        "UdeG",
                        Sector.ACADEMIA,
                        InstitutionType.UNIVERSITY,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        LocalDate.of(2027, 11, 3),
                        List.of(
                                p(
                                        PRIMARY,
                                        "Dra. Silvia Elena Cárdenas Robledo",
                                        "Investigadora, Centro Universitario de Ciencias Exactas e Ingenierías",
                                        "integrante@demo.example"),
                                p(
                                        ALTERNATE,
                                        "Mtro. Raúl Gutiérrez Ponce",
                                        "Profesor investigador",
                                        "raul.gutierrez@demo.example"),
                                p(
                                        LIAISON,
                                        "Karla Ivonne Tapia Medina",
                                        "Asistente de investigación",
                                        "karla.tapia@demo.example"))),
                current(
                        "ITESO, Universidad Jesuita de Guadalajara",
                        "ITESO",
                        Sector.ACADEMIA,
                        InstitutionType.UNIVERSITY,
                        DemoData.ENLARGED,
                        DemoData.ENLARGEMENT,
                        DemoData.ENLARGED.plusYears(4).minusDays(1),
                        List.of(
                                p(
                                        PRIMARY,
                                        "Dr. Mauricio Lozano Bravo",
                                        "Coordinador del Observatorio de Políticas Públicas",
                                        "mauricio.lozano@demo.example"),
                                p(
                                        LIAISON,
                                        "Andrea Villalobos Téllez",
                                        "Asistente académica",
                                        "andrea.villalobos@demo.example"))),
                new DemoInstitution(
                        "Auditoría Superior del Estado de Jalisco",
                        "ASEJ",
                        Sector.GOVERNMENT,
                        InstitutionType.AUTONOMOUS_BODY,
                        true,
                        DemoData.ENLARGED,
                        DemoData.ENLARGEMENT + "; observador",
                        null,
                        null,
                        null,
                        List.of(p(
                                PRIMARY,
                                "Gustavo Adolfo Peña Corona",
                                "Auditor Especial de Obra Pública",
                                "gustavo.pena@demo.example"))),
                new DemoInstitution(
                        "Cámara Nacional de Empresas de Consultoría, Delegación Jalisco",
                        "CNEC",
                        Sector.PRIVATE,
                        InstitutionType.CHAMBER,
                        false,
                        DemoData.INSTALLED,
                        DemoData.INSTALLATION,
                        LocalDate.of(2021, 11, 3),
                        LocalDate.of(2021, 11, 3),
                        "Concluyó su periodo de dos años y no solicitó la renovación (art. 11).",
                        List.of(p(
                                PRIMARY,
                                "Ernesto Bañuelos Arriaga",
                                "Presidente de la Delegación",
                                "ernesto.banuelos@demo.example"))),
                new DemoInstitution(
                        "Ayuntamiento de San Pedro Tlaquepaque",
                        "TLQ",
                        Sector.GOVERNMENT,
                        InstitutionType.MUNICIPALITY,
                        false,
                        today.minusMonths(2),
                        "Acuerdo de incorporación en sesión" + " ordinaria del GMS",
                        municipalAdministrationEnds,
                        null,
                        null,
                        List.of()));
    }

    /** People of the GMS who represent no institution: the Gerencia CoST. */
    static List<DemoPerson> staff() {
        return List.of(p(null, "Adriana Solís Bermúdez", "Gerente de CoST Jalisco", "gerencia@demo.example"));
    }

    private static DemoInstitution current(
            String name,
            String acronym,
            Sector sector,
            InstitutionType type,
            LocalDate joinedOn,
            String approvedBy,
            LocalDate termEndsOn,
            List<DemoPerson> people) {
        return new DemoInstitution(
                name, acronym, sector, type, false, joinedOn, approvedBy, termEndsOn, null, null, people);
    }

    private static DemoPerson p(AppointmentRole role, String name, String position, String email) {
        return new DemoPerson(
                role, name, position, email, "33 3000 " + String.format("%04d", Math.abs(email.hashCode()) % 10000));
    }
}
