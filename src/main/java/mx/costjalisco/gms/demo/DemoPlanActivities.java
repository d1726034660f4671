package mx.costjalisco.gms.demo;

import static mx.costjalisco.gms.demo.DemoPlan2023.ATTENDANCE_COLUMNS;
import static mx.costjalisco.gms.demo.DemoPlan2023.CMIC;
import static mx.costjalisco.gms.demo.DemoPlan2023.attendance;
import static mx.costjalisco.gms.demo.DemoPlan2023.counted;
import static mx.costjalisco.gms.demo.DemoPlan2023.day;
import static mx.costjalisco.gms.demo.DemoPlan2023.document;
import static mx.costjalisco.gms.demo.DemoPlan2023.done;
import static mx.costjalisco.gms.demo.DemoPlan2023.entry;
import static mx.costjalisco.gms.demo.DemoPlan2023.invented;
import static mx.costjalisco.gms.demo.DemoPlan2023.milestone;
import static mx.costjalisco.gms.demo.DemoPlan2023.months;
import static mx.costjalisco.gms.demo.DemoPlan2023.photo;
import static mx.costjalisco.gms.demo.DemoPlan2023.published;
import static mx.costjalisco.gms.demo.DemoPlan2023.quantity;
import static mx.costjalisco.gms.demo.DemoPlan2023.runningCount;
import static mx.costjalisco.gms.demo.DemoPlan2023.screen;

import java.awt.Color;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import mx.costjalisco.gms.demo.DemoPlan2023.DemoActivity;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.pdf.Column;
import mx.costjalisco.gms.platform.pdf.Fact;
import mx.costjalisco.gms.platform.web.Bundle;
import mx.costjalisco.gms.workplan.entity.ActivityState;
import mx.costjalisco.gms.workplan.entity.AutoCount;

/**
 * The seven activities of the 2023 plan, one method each: the document's words, then the demo's year. By 30 June the
 * liaisons had been trained, the proposal of reform presented and three agreements signed, while the platform's
 * version 2 (January – April in the plan) waited for the GMS's route of 18 May; by the end of the year the
 * four agreements and the trainings in social audit were done, and the training of 100 people, the second new
 * municipality, the 3 million receivers and the reform in Guadalajara were not.
 */
final class DemoPlanActivities {

    private static final Color ROOM = new Color(150, 120, 90);
    private static final Color HALL = new Color(70, 100, 140);
    private static final Color CLASSROOM = new Color(90, 130, 100);
    private static final String PLATFORM = "CoST Jalisco · Plataforma de transparencia en infraestructura";

    private DemoPlanActivities() {}

    static DemoActivity capacities() {
        String list = "Lista de asistencias";
        String photo = "Evidencia fotográfica";
        return new DemoActivity("Generación de capacidades")
                .actions(
                        "Capacitación sobre la iniciativa y del uso de la Plataforma a los integrantes del GMS y los"
                                + " enlaces de CoST y retroalimentación de los integrantes para mejoras a la"
                                + " plataforma.",
                        "Foro sobre la Plataforma y uso de la Plataforma a la sociedad, con la posibilidad de replicar"
                                + " la actividad con los integrantes del GMS, principalmente del sector privado,"
                                + " empresarial y académico.")
                .responsible("Gerente CoST Jalisco e integrantes del GMS", true, true, null)
                .period(
                        "26 de enero 2023, capacitación (por confirmar). Marzo 2023, capacitación al público en"
                                + " general. Julio – diciembre, capacitación para los integrantes del sector privado y"
                                + " organizaciones civiles. Julio – diciembre, celebración del foro.",
                        day(1, 26, "26 de enero 2023, capacitación (por confirmar)"),
                        months(3, 3, "Marzo 2023, capacitación al público en general"),
                        months(
                                7,
                                12,
                                "Julio – diciembre, capacitación para los integrantes del sector privado y"
                                        + " organizaciones civiles"),
                        months(7, 12, "Julio – diciembre, celebración del foro"))
                .objective(
                        "15 personas (enlaces del GMS)",
                        "100 personas de CMIC de las organizaciones de la Sociedad Civil (OSC), vinculadas a los temas"
                                + " de transparencia, rendición de cuentas, anticorrupción, participación e integridad"
                                + " pública.")
                .evidence(list, photo)
                .notes()
                .state(
                        ActivityState.DONE,
                        "Se celebraron las cuatro actividades; la capacitación a OSC quedó por debajo de la meta y se"
                                + " propondrá retomarla en el plan 2024.")
                .target(quantity(
                        "15 personas (enlaces del GMS)",
                        15,
                        "personas",
                        day(1, 26, null),
                        entry(
                                1,
                                26,
                                15,
                                "Capacitación sobre la iniciativa y el uso de la plataforma a los enlaces del GMS, en"
                                        + " la sala de juntas de CMIC; 15 asistentes.",
                                "Se confirmó la fecha prevista. Los enlaces pidieron un manual de uso de la"
                                        + " plataforma: se presentará en la 2ª sesión ordinaria.",
                                document(
                                        "lista-asistencia-enlaces-2023-01-26.pdf",
                                        list,
                                        "Lista de asistencia: capacitación a los enlaces del GMS",
                                        List.of(
                                                Fact.of("Actividad:", "I. Generación de capacidades"),
                                                Fact.of("Fecha:", "jueves 26 de enero de 2023, 10:00 horas"),
                                                Fact.of("Lugar:", "Sala de juntas de CMIC, Guadalajara, Jalisco")),
                                        List.of(),
                                        ATTENDANCE_COLUMNS,
                                        attendance(liaisons())),
                                published(photo(
                                        "capacitacion-enlaces-2023-01-26.png",
                                        photo,
                                        "Capacitación a enlaces del GMS, 26 de enero de 2023",
                                        15,
                                        ROOM)))))
                .target(quantity(
                        "100 personas de CMIC de las organizaciones de la Sociedad Civil (OSC), vinculadas a los temas"
                                + " de transparencia, rendición de cuentas, anticorrupción, participación e integridad"
                                + " pública.",
                        100,
                        "personas",
                        months(7, 12, null),
                        entry(
                                9,
                                28,
                                30,
                                "Capacitación sobre la iniciativa y el uso de la plataforma a personas afiliadas a"
                                        + " CMIC; 30 asistentes.",
                                null,
                                document(
                                        "lista-asistencia-cmic-2023-09-28.pdf",
                                        list,
                                        "Lista de asistencia: capacitación a personas afiliadas a CMIC",
                                        List.of(
                                                Fact.of("Actividad:", "I. Generación de capacidades"),
                                                Fact.of("Fecha:", "jueves 28 de septiembre de 2023, 17:00 horas"),
                                                Fact.of("Lugar:", "Auditorio de CMIC Jalisco, Guadalajara, Jalisco")),
                                        List.of(),
                                        ATTENDANCE_COLUMNS,
                                        attendance(invented(30, 0, "Empresa afiliada a CMIC")))),
                        entry(
                                10,
                                26,
                                22,
                                "Capacitación a organizaciones de la sociedad civil vinculadas a la transparencia, la"
                                        + " rendición de cuentas y la integridad pública; 22 asistentes.",
                                null,
                                photo(
                                        "capacitacion-osc-2023-10-26.png",
                                        photo,
                                        "Capacitación a organizaciones de la sociedad civil, 26 de octubre de 2023",
                                        22,
                                        CLASSROOM)),
                        entry(
                                11,
                                30,
                                16,
                                "Réplica de la capacitación para organizaciones de la sociedad civil en el ITESO; 16"
                                        + " asistentes.",
                                "La convocatoria coincidió con el cierre de año de varias OSC.")))
                .file(
                        LocalDate.of(2023, 3, 23),
                        photo(
                                "capacitacion-publico-general-2023-03-23.png",
                                photo,
                                "Capacitación al público en general sobre la plataforma, 23 de marzo de 2023",
                                20,
                                HALL))
                .file(
                        LocalDate.of(2023, 11, 23),
                        published(photo(
                                "foro-plataforma-2023-11-23.png",
                                photo,
                                "Foro sobre la plataforma CoST Jalisco y su uso por la sociedad, 23 de noviembre de"
                                        + " 2023",
                                24,
                                HALL)));
    }

    static DemoActivity platform() {
        String screens = "Impresiones de pantalla con el acuerdo del GMS";
        return new DemoActivity("Mejoras a la plataforma CoST (CMIC)")
                .actions(
                        "Hacer propuesta de reforma de mejora y accesibilidad a la plataforma, recibir observaciones"
                                + " de CoST Internacional y de los integrantes del GMS).",
                        "Realizar la implementación de las mejoras en la plataforma (aprobación por el GMS).")
                .responsible("CMIC – Gerente CoST Jalisco", true, false, null, CMIC)
                .period("Enero-abril", months(1, 4, "Enero-abril"))
                .objective("La versión 2 de la plataforma de CoST Jalisco.")
                .evidence(screens)
                .notes()
                .state(
                        ActivityState.DONE,
                        "La propuesta llegó al GMS hasta la 2ª sesión ordinaria (18 de mayo); las observaciones de"
                                + " CoST Internacional retrasaron la implementación.")
                .target(milestone(
                        "La versión 2 de la plataforma de CoST Jalisco.",
                        done(
                                10,
                                30,
                                "Entró en operación la versión 2 de la plataforma de CoST Jalisco, con las mejoras de"
                                        + " accesibilidad y los indicadores de divulgación proactiva, conforme a la"
                                        + " ruta de trabajo aprobada por el GMS (acuerdo GMS-2023-O2-03).",
                                "Fuera del periodo enero-abril: la ruta se aprobó el 18 de mayo y la propuesta técnica"
                                        + " se presentó el 17 de agosto.",
                                published(screen(
                                        "plataforma-version-2-2023-10-30.png",
                                        screens,
                                        "Versión 2 de la plataforma CoST Jalisco en operación, 30 de octubre de 2023",
                                        PLATFORM + " · versión 2",
                                        "Acuerdo GMS-2023-O2-03: ruta de trabajo de la versión 2, aprobada el 18 de"
                                                + " mayo de 2023",
                                        "Nuevo: indicadores de divulgación proactiva del estándar CoST IDS",
                                        "Nuevo: navegación por teclado, alto contraste y textos alternativos",
                                        "Nuevo: descarga de los proyectos en OC4IDS (JSON) y CSV",
                                        "Proyectos publicados: 412 · Entidades que publican: 5")))))
                .file(
                        LocalDate.of(2023, 5, 18),
                        screen(
                                "acuerdo-gms-2023-o2-03.png",
                                screens,
                                "Acuerdos de la 2ª sesión ordinaria 2023, 18 de mayo de 2023",
                                "Acuerdos de la 2ª sesión ordinaria 2023 del GMS",
                                "GMS-2023-O2-01  Se aprueba el orden del día.",
                                "GMS-2023-O2-02  Se aprueba y firma el acta de la 1ª sesión ordinaria 2023.",
                                "GMS-2023-O2-03  Se aprueba la ruta de trabajo para la versión 2 de la",
                                "                plataforma CoST Jalisco, con los indicadores de divulgación",
                                "                proactiva."));
    }

    static DemoActivity agreements() {
        String agreements = "Convenios";
        String uploads = "Impresiones de pantalla de carga de información";
        return new DemoActivity("Aumentar la carga de obras y la incorporación de nuevos municipios y dependencias")
                .actions(
                        "Celebrar convenio para asegurar los compromisos con el Gobierno del Estado de Jalisco,"
                                + " Guadalajara, Zapopan y Tlajomulco para incrementar la carga de información de los"
                                + " proyectos de infraestructura y obra pública.",
                        "Invitar a nuevos municipios y/o dependencias contratantes de obra, a incorporarse a la"
                                + " iniciativa.",
                        "Proponer a los municipios que incluyan en sus bases la incorporación del logo de CoST Jalisco"
                                + " y el código QR para redireccionar a la información de obras.")
                .responsible("CMIC e integrantes del GMS", false, true, null, CMIC)
                .period("Enero-marzo", months(1, 3, "Enero-marzo"))
                .objective(
                        "4 convenios de integrantes actuales", "+2 Ayuntamientos o entidades a sumarse a la iniciativa")
                .evidence(agreements, uploads)
                .notes(
                        "Nota: Deberá priorizarse la carga de la información de las autoridades que actualmente"
                                + " participan, previo a sumar a otros municipios.",
                        "(Para la sesión de junio, contar con los nuevos integrantes de Municipios)")
                .state(
                        ActivityState.IN_PROGRESS,
                        "Falta el segundo ayuntamiento: Tonalá pidió posponer su adhesión a 2024 (seguimiento a cargo"
                                + " del Ayuntamiento de Zapopan).")
                // Both count themselves: the agreements and entities are in the disclosure register (DemoDisclosure:
                // the State on 14 February, Guadalajara on 9 March, Zapopan on 23 March, Tlajomulco only on 15
                // August; San Pedro Tlaquepaque joined on 21 June). Events inside the activity's January–March count.
                .target(counted("4 convenios de integrantes actuales", 4, "convenios", AutoCount.AGREEMENTS_SIGNED))
                .target(counted(
                        "+2 Ayuntamientos o entidades a sumarse a la iniciativa",
                        2,
                        "ayuntamientos o entidades",
                        AutoCount.ENTITIES_JOINED))
                .file(LocalDate.of(2023, 2, 14), agreement(DemoDisclosure.STATE))
                .file(
                        LocalDate.of(2023, 3, 9),
                        screen(
                                "carga-guadalajara-2023-03-09.png",
                                uploads,
                                "Proyectos del Ayuntamiento de Guadalajara en la plataforma, 9 de marzo de 2023",
                                "CoST Jalisco · Proyectos del Ayuntamiento de Guadalajara",
                                "Rehabilitación de banquetas en el Centro Histórico · DOP-LP-003/2023 · publicado",
                                "Colector pluvial en la colonia Oblatos · DOP-LP-007/2023 · publicado",
                                "Renovación del mercado Alcalde · DOP-LP-011/2023 · en carga",
                                "Ciclovía avenida Federalismo, tramo sur · DOP-AD-002/2023 · en carga"))
                .file(LocalDate.of(2023, 3, 23), agreement(DemoDisclosure.ZAPOPAN))
                .file(
                        LocalDate.of(2023, 6, 21),
                        screen(
                                "carga-tlaquepaque-2023-06-21.png",
                                uploads,
                                "Primeros proyectos de San Pedro Tlaquepaque en la plataforma, 21 de junio de 2023",
                                "CoST Jalisco · Proyectos del Ayuntamiento de San Pedro Tlaquepaque",
                                "Pavimentación con concreto hidráulico de la calle Independencia · en carga",
                                "Rehabilitación de la unidad deportiva Las Juntas · en carga"));
    }

    static DemoActivity communication() {
        String publications = "Publicaciones en redes sociales institucionales de CMIC y CoST Jalisco, así como en"
                + " diversos medios de comunicación, con instituciones y universidades";
        String count = "Conteo de receptores de información";
        return new DemoActivity("Estrategia de Comunicación e identidad de CMIC-GMS y campaña de difusión")
                .actions(
                        "Diseñar e implementar una campaña de difusión en conjunto con los integrantes del GMS.",
                        "Diseñar e implementar una estrategia de difusión para identificar a CMIC como promotor de la"
                                + " iniciativa por parte del sector privado.",
                        "Designar enlaces en comunicación por parte de los integrantes del GMS.")
                .responsible("CMIC", false, false, null, CMIC)
                .period(
                        "Febrero, Junio y Noviembre Implementación.",
                        months(2, 2, "Febrero"),
                        months(6, 6, "Junio"),
                        months(11, 11, "Noviembre"))
                .objective(
                        "Campaña de difusión.",
                        "Publicaciones en redes sociales institucionales de CMIC y CoST Jalisco, así como en diversos"
                                + " medios de comunicación, con instituciones y universidades (según la disposición"
                                + " presupuestal con la que se cuente).",
                        "Alcanzar a 3 millones de receptores de información (conteo).")
                .evidence(publications, count)
                .notes()
                .state(
                        ActivityState.DONE,
                        "Sin presupuesto para publicaciones pagadas en junio; el alcance del año quedó en 2.6"
                                + " millones.")
                .target(milestone(
                        "Campaña de difusión.",
                        done(
                                11,
                                30,
                                "Concluyó la campaña de difusión en sus tres etapas (febrero, junio y noviembre),"
                                        + " diseñada e implementada en conjunto con los integrantes del GMS.",
                                null)))
                .target(runningCount(
                        "Alcanzar a 3 millones de receptores de información (conteo).",
                        3_000_000,
                        "receptores",
                        entry(
                                2,
                                28,
                                1_200_000,
                                "Cierre de la etapa de febrero de la campaña: 1.2 millones de receptores de"
                                        + " información (conteo acumulado en las redes de CMIC y CoST Jalisco).",
                                null,
                                published(screen(
                                        "publicacion-campana-2023-02-28.png",
                                        publications,
                                        "Publicación de la campaña «Obra pública a la vista», febrero de 2023",
                                        "CoST Jalisco en redes sociales · campaña «Obra pública a la vista»",
                                        "¿Sabes cuánto cuesta la obra de tu colonia? Consúltalo en CoST Jalisco.",
                                        "CMIC Jalisco promueve la transparencia en la obra pública.",
                                        "Compartido por: Gobierno del Estado, Zapopan, Universidad de Guadalajara",
                                        "Alcance de la publicación: 214,300 personas")),
                                receivers(
                                        "conteo-receptores-2023-02-28.csv",
                                        310_000,
                                        420_000,
                                        180_000,
                                        140_000,
                                        60_000,
                                        90_000)),
                        entry(
                                6,
                                30,
                                1_500_000,
                                "Cierre de la etapa de junio: 1.5 millones de receptores acumulados.",
                                "El alcance de junio fue menor al previsto: no hubo presupuesto para publicaciones"
                                        + " pagadas.",
                                receivers(
                                        "conteo-receptores-2023-06-30.csv",
                                        390_000,
                                        520_000,
                                        220_000,
                                        180_000,
                                        80_000,
                                        110_000)),
                        entry(
                                11,
                                30,
                                2_600_000,
                                "Cierre de la etapa de noviembre: 2.6 millones de receptores acumulados, con notas en"
                                        + " medios de comunicación y publicaciones de universidades.",
                                null,
                                screen(
                                        "nota-medios-2023-11-30.png",
                                        publications,
                                        "Nota sobre CoST Jalisco en medios de comunicación, noviembre de 2023",
                                        "Medios · Jalisco",
                                        "CoST Jalisco estrena la versión 2 de su plataforma de obra pública",
                                        "La iniciativa, presidida por CMIC, suma cuatro convenios con gobiernos",
                                        "Universidades del Consejo Interuniversitario CMIC replican la campaña"))));
    }

    static DemoActivity municipalReform() {
        String proposal = "Presentación de propuesta";
        return new DemoActivity("Seguimiento a la Reforma a Ordenamientos Municipales en Materia de Transparencia"
                        + " Proactiva en Obra Pública")
                .actions("Seguimiento y en su caso, celebrar reuniones de trabajo con integrantes del Ayuntamiento,"
                        + " para la propuesta de Reforma a Ordenamientos Municipales en Materia de Transparencia"
                        + " Proactiva en Obra Pública en el Municipio de Guadalajara.")
                .responsible("Gerente CoST Jalisco - CMIC", true, false, null, CMIC)
                .period("Enero-diciembre", months(1, 12, "Enero-diciembre"))
                .objective(
                        "Regulación municipal.",
                        "Propuesta de reforma a Ordenamientos de Municipales.",
                        "Reforma aplicada en Guadalajara.")
                .evidence(proposal)
                .notes()
                .state(
                        ActivityState.IN_PROGRESS,
                        "La propuesta sigue en estudio en las comisiones edilicias del Ayuntamiento de Guadalajara; no"
                                + " se dictaminó en 2023.")
                .target(milestone(
                        "Propuesta de reforma a Ordenamientos de Municipales.",
                        done(
                                5,
                                25,
                                "Se presentó la propuesta de Reforma a Ordenamientos Municipales en Materia de"
                                        + " Transparencia Proactiva en Obra Pública en reunión de trabajo con"
                                        + " integrantes del Ayuntamiento de Guadalajara.",
                                null,
                                published(document(
                                        "propuesta-reforma-guadalajara-2023-05-25.pdf",
                                        proposal,
                                        "Propuesta de Reforma a Ordenamientos Municipales en Materia de Transparencia"
                                                + " Proactiva en Obra Pública",
                                        List.of(
                                                Fact.of("Presentada a:", "Integrantes del Ayuntamiento de Guadalajara"),
                                                Fact.of("Fecha:", "jueves 25 de mayo de 2023"),
                                                Fact.of("Presentan:", "Gerencia CoST Jalisco y CMIC")),
                                        List.of(
                                                "Objeto: que la información de cada proyecto de obra pública del"
                                                        + " municipio se publique de forma proactiva, desde su"
                                                        + " planeación hasta su cierre.",
                                                "1. Publicar la información de cada proyecto en datos abiertos,"
                                                        + " conforme al estándar OC4IDS, en la plataforma CoST"
                                                        + " Jalisco.",
                                                "2. Incluir en las bases de licitación el logotipo de CoST Jalisco y"
                                                        + " un código QR que dirija a la información de la obra.",
                                                "3. Designar en la Dirección de Obras Públicas una persona enlace"
                                                        + " responsable de la publicación."),
                                        List.of(),
                                        List.of())))))
                .target(milestone("Reforma aplicada en Guadalajara."));
    }

    static DemoActivity socialAudit() {
        String record = "Registro de capacitación";
        return new DemoActivity("Auditoría Social")
                .actions(
                        "Elaborar programa de capacitación para las auditorías sociales.",
                        "Colaborar con 3 universidades del Consejo Interuniversitario CMIC para las capacitaciones en"
                                + " materia de auditoría social, así como a los integrantes del GMS y Organizaciones de"
                                + " la Sociedad Civil, interesados en la transparencia y rendición de cuentas,"
                                + " ciudadanos y habitantes de las zonas donde se realizan las obras públicas.")
                .responsible("Gerente CoST Jalisco e integrantes del GMS (sector privado)", true, true, Sector.PRIVATE)
                .period("Julio - Diciembre", months(7, 12, "Julio - Diciembre"))
                .objective("Capacitar a 100 personas.")
                .evidence(record)
                .notes()
                .state(ActivityState.DONE, null)
                .target(quantity(
                        "Capacitar a 100 personas.",
                        100,
                        "personas",
                        entry(
                                9,
                                12,
                                35,
                                "Primera capacitación en auditoría social, con la Universidad de Guadalajara, para"
                                        + " integrantes del GMS y organizaciones de la sociedad civil; 35"
                                        + " participantes.",
                                null,
                                trainingRecord(
                                        "registro-auditoria-social-2023-09-12.pdf",
                                        "Universidad de Guadalajara",
                                        "martes 12 de septiembre de 2023",
                                        invented(35, 7, "Integrante del GMS", "Organización de la sociedad civil"))),
                        entry(
                                10,
                                17,
                                30,
                                "Segunda capacitación en auditoría social, con el ITESO, para ciudadanos interesados"
                                        + " en la transparencia y la rendición de cuentas; 30 participantes.",
                                null),
                        entry(
                                11,
                                14,
                                38,
                                "Tercera capacitación en auditoría social, con la Universidad Autónoma de Guadalajara,"
                                        + " para habitantes de las zonas donde se realizan obras públicas; 38"
                                        + " participantes.",
                                "Con esta sesión se superó la meta: 103 personas capacitadas.",
                                trainingRecord(
                                        "registro-auditoria-social-2023-11-14.pdf",
                                        "Universidad Autónoma de Guadalajara",
                                        "martes 14 de noviembre de 2023",
                                        invented(38, 13, "Habitante de la zona de la obra", "Ciudadano")))));
    }

    static DemoActivity sessions() {
        return new DemoActivity("Sesionar por parte del Grupo Multisectorial de CoST JALISCO")
                .actions(
                        "Se programará una reunión con los enlaces previa a la reunión con el GMS.",
                        "1ª sesión ordinaria 2023, a celebrarse a las 9:00 horas del día 18 de febrero.",
                        "2ª sesión ordinaria 2023, a celebrarse a las 9:00 horas del día 18 de mayo.",
                        "3ª sesión ordinaria 2023, a celebrarse a las 9:00 horas del día 17 de agosto.",
                        "4ª sesión ordinaria 2023, a celebrarse a las 9:00 horas del día 16 de noviembre",
                        "Así mismo llevar a cabo reuniones con apego al reglamento de CoST Jalisco (art 17), en las"
                                + " fechas que se acuerden por parte del GMS")
                .responsible("Grupo Multisectorial de CoST Jalisco", false, true, null)
                .period("Enero a Diciembre", months(1, 12, "Enero a Diciembre"))
                .objective("04 sesiones celebradas.")
                .evidence("Actas de Sesiones")
                .notes(
                        "Dicho artículo estipula la obligación de sesionar de manera trimestral por parte del GMS.",
                        "Las sesiones se deberán convocar con al menos 5 días hábiles de anticipación, y puede"
                                + " realizarse por correo electrónico. No obstante, puede aprobarse el calendario para"
                                + " las siguientes sesiones. En su caso, debería (aprobación por el GMS).")
                .state(ActivityState.DONE, null)
                .target(counted("04 sesiones celebradas.", 4, "sesiones", AutoCount.ORDINARY_SESSIONS_HELD))
                .file(
                        LocalDate.of(2023, 5, 18),
                        document(
                                "acta-1a-sesion-ordinaria-2023.pdf",
                                "Actas de Sesiones",
                                "Acta de la 1ª sesión ordinaria 2023 del Grupo Multisectorial de CoST Jalisco",
                                List.of(
                                        Fact.of("Fecha:", "sábado 18 de febrero de 2023, 9:00 horas"),
                                        Fact.of("Lugar:", DemoMeetings.PLACE)),
                                List.of(
                                        "Se pasó lista de asistencia y se declaró el quórum legal para sesionar.",
                                        "Se aprobó el orden del día.",
                                        "La Gerencia CoST informó de la capacitación a los enlaces del GMS del 26 de"
                                                + " enero (15 personas) y de la firma del convenio con el Gobierno del"
                                                + " Estado de Jalisco el 14 de febrero.",
                                        "Acta aprobada y firmada en la 2ª sesión ordinaria 2023, el 18 de mayo de 2023"
                                                + " (acuerdo GMS-2023-O2-02)."),
                                List.of(),
                                List.of()));
    }

    /** The GMS's liaisons trained on 26 January 2023: those of the demo registry and five more, all invented. */
    private static List<String[]> liaisons() {
        String state = "Gobierno del Estado de Jalisco";
        String guadalajara = "Ayuntamiento de Guadalajara";
        String zapopan = "Ayuntamiento de Zapopan";
        String tlajomulco = "Ayuntamiento de Tlajomulco de Zúñiga";
        return List.of(
                new String[] {"Daniela Ruvalcaba Torres", state},
                new String[] {"Héctor Ávila Núñez", state},
                new String[] {"Luis Enrique Vázquez Orozco", "Contraloría del Estado de Jalisco"},
                new String[] {"Ana Karen Delgado Flores", guadalajara},
                new String[] {"Marisol Castañeda Ríos", guadalajara},
                new String[] {"Iván Rentería Solís", zapopan},
                new String[] {"Ernesto Palafox Luna", zapopan},
                new String[] {"Óscar Muñoz Beltrán", tlajomulco},
                new String[] {"Jaime Ulloa Contreras", tlajomulco},
                new String[] {
                    "Mariana Estrada Campos",
                    "Instituto de Transparencia, Información Pública y Protección de Datos Personales del Estado de"
                            + " Jalisco"
                },
                new String[] {"Tomás Herrera Magaña", CMIC},
                new String[] {"Paola Jiménez Ortega", CMIC},
                new String[] {"Rebeca Chávez Uribe", "Jalisco Cómo Vamos, Observatorio Ciudadano"},
                new String[] {"Beatriz Gallardo Soto", "Colectivo Ciudadanos por Municipios Transparentes"},
                new String[] {"Karla Ivonne Tapia Medina", "Universidad de Guadalajara"});
    }

    /** A demo participation agreement as its signed PDF (the activity's evidence and the agreement's document). */
    static DemoEvidence.DemoFile agreement(DemoDisclosure.Signed signed) {
        String party = signed.party();
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Bundle.RECORD_LOCALE)
                .format(signed.on()); // "14 de febrero de 2023"
        return document(
                signed.fileName(),
                "Convenios",
                "Convenio de colaboración para la publicación de información de obra pública",
                List.of(
                        Fact.of("Partes:", "Grupo Multisectorial de CoST Jalisco y " + party),
                        Fact.of("Fecha de firma:", day)),
                List.of(
                        "PRIMERA. Objeto. Asegurar el compromiso de " + party + " de incrementar la carga de"
                                + " información de sus proyectos de infraestructura y obra pública en la plataforma"
                                + " CoST Jalisco.",
                        "SEGUNDA. Compromisos. " + party + " publicará la información de sus proyectos conforme al"
                                + " estándar de datos OC4IDS, priorizando los proyectos en ejecución.",
                        "TERCERA. Enlaces. Cada parte designa una persona enlace para dar seguimiento a la carga de"
                                + " información."),
                List.of(Column.of("Por", 1.2), Column.of("Nombre y cargo", 2), Column.of("Firma", 1)),
                List.of(
                        List.of("CoST Jalisco", "Adriana Solís Bermúdez, Gerente de CoST Jalisco", ""),
                        List.of(party, signed.signer(), "")));
    }

    private static DemoEvidence.DemoFile trainingRecord(
            String name, String university, String day, List<String[]> people) {
        return document(
                name,
                "Registro de capacitación",
                "Registro de capacitación en auditoría social",
                List.of(
                        Fact.of("Actividad:", "VI. Auditoría Social"),
                        Fact.of("Universidad:", university + " (Consejo Interuniversitario CMIC)"),
                        Fact.of("Fecha:", day)),
                List.of(),
                ATTENDANCE_COLUMNS,
                attendance(people));
    }

    private static DemoEvidence.DemoFile receivers(String name, long... byChannel) {
        String[] channels = {
            "Facebook CoST Jalisco",
            "Facebook CMIC Jalisco",
            "X CoST Jalisco",
            "Instagram CMIC Jalisco",
            "LinkedIn CMIC Jalisco",
            "YouTube CoST Jalisco"
        };
        List<String> lines = new java.util.ArrayList<>();
        lines.add("canal,receptores");
        for (int i = 0; i < channels.length; i++) {
            lines.add(channels[i] + "," + byChannel[i]);
        }
        return new DemoEvidence.DemoFile(
                name,
                "Conteo de receptores de información",
                "Conteo de receptores por canal",
                false,
                new DemoEvidence.Csv(lines));
    }
}
