package mx.costjalisco.gms.platform.pdf;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/** Realistic documents for the tests and the sample: a convocation followed by an attendance list to sign. */
final class SampleDocuments {

    static final String GMS = "Grupo Multisectorial de CoST Jalisco";
    static final ZonedDateTime CREATED = ZonedDateTime.parse("2026-11-25T10:30:00-06:00[America/Mexico_City]");

    private SampleDocuments() {}

    static PdfDocument convocation() {
        var attendance = Table.columns(
                        Column.of("No.", 0.07).align(Align.CENTER),
                        Column.of("Institución", 0.38),
                        Column.of("Representante", 0.30),
                        Column.of("Firma", 0.25))
                .minRowHeight(36);
        var institutions = List.of(
                "Secretaría de Infraestructura y Obra Pública del Estado de Jalisco",
                "Cámara Mexicana de la Industria de la Construcción, Delegación Jalisco",
                "Universidad de Guadalajara",
                "Instituto Tecnológico y de Estudios Superiores de Occidente (ITESO)",
                "Colegio de Ingenieros Civiles del Estado de Jalisco",
                "Observatorio Ciudadano de Obra Pública",
                "Gobierno Municipal de Zapopan",
                "Gobierno Municipal de Guadalajara",
                "Gobierno Municipal de Tlajomulco de Zúñiga",
                "Contraloría del Estado de Jalisco",
                "Jalisco Cómo Vamos",
                "Coparmex Jalisco",
                "Instituto de Transparencia, Información Pública y Protección de Datos Personales del Estado de Jalisco",
                "Consejo Económico y Social del Estado de Jalisco",
                "Red de Mujeres en la Construcción");
        var representatives = List.of(
                "Ing. María Fernanda Núñez Ibáñez", "Arq. José Ángel Peña Gutiérrez", "Dra. Lucía Camacho Ortega");
        for (int i = 0; i < institutions.size(); i++) {
            attendance = attendance.row(
                    String.valueOf(i + 1), institutions.get(i), representatives.get(i % representatives.size()), "");
        }
        return PdfDocument.a4(GMS, "Convocatoria a la 1ª sesión ordinaria 2023")
                .metadata(
                        "Convocatoria a la 1ª sesión ordinaria 2023",
                        "Secretaría Técnica del GMS",
                        "Convocatoria y lista de asistencia",
                        PdfDocument.SPANISH)
                .creator("cost-gms")
                .createdAt(CREATED)
                .footerNote("Generado el 25 de noviembre de 2026 a las 10:30 por la Secretaría Técnica")
                .title("Convocatoria a la 1ª sesión ordinaria 2023")
                .paragraph("Con fundamento en el artículo 18 del Reglamento Interno del Grupo Multisectorial de CoST"
                        + " Jalisco, se convoca a las y los integrantes a la primera sesión ordinaria del año, que se"
                        + " celebrará conforme a lo siguiente:")
                .facts(List.of(
                        Fact.of("Fecha:", "jueves 18 de mayo de 2023"),
                        Fact.of("Hora:", "10:00 a 12:00 horas (hora del centro de México)"),
                        Fact.of(
                                "Lugar:",
                                "Sala de juntas de la Cámara Mexicana de la Industria de la Construcción, Av. Ignacio"
                                        + " L. Vallarta 2345, Guadalajara, Jalisco"),
                        Fact.of("Tipo de sesión:", "Ordinaria, pública")))
                .heading("Orden del día")
                .numbered(List.of(
                        "Lista de asistencia y declaración de quórum (10 min)",
                        "Lectura y, en su caso, aprobación del orden del día (5 min)",
                        "Aprobación del acta de la 4ª sesión ordinaria 2022 (10 min)",
                        "Informe de la Gerencia CoST sobre el avance del plan de trabajo 2023: convenios de"
                                + " participación con los municipios de Zapopan y Tlajomulco de Zúñiga, y publicación de"
                                + " proyectos en la Plataforma CoST (30 min)",
                        "Presentación del calendario de capacitaciones (15 min)",
                        "Asuntos generales (15 min)",
                        "Lectura de acuerdos y clausura (5 min)"))
                .note(Text.of(
                        Run.bold("Justificación de la convocatoria tardía: "),
                        Run.plain("esta convocatoria se envía con cuatro días hábiles de anticipación, uno menos de los"
                                + " cinco que señala el artículo 18, porque la sede confirmó su disponibilidad el 12 de"
                                + " mayo. La Secretaría Técnica lo hace constar en el registro de la sesión.")))
                .heading("Documentos anexos")
                .bullets(List.of(
                        "Proyecto de acta de la 4ª sesión ordinaria 2022",
                        "Informe de avance del plan de trabajo 2023, primer trimestre",
                        "Calendario de capacitaciones «Transparencia en la obra pública» – versión preliminar"))
                .paragraph(Text.of(
                        Run.plain("Las y los integrantes pueden proponer asuntos para el orden del día hasta "),
                        Run.bold("72 horas antes"),
                        Run.plain(" de la sesión, escribiendo a la Secretaría Técnica. ¿Dudas? ¡Con gusto las"
                                + " atendemos!")))
                .pageBreak()
                .title("Lista de asistencia")
                .facts(List.of(
                        Fact.of("Sesión:", "1ª sesión ordinaria 2023"), Fact.of("Fecha:", "jueves 18 de mayo de 2023")))
                .table(attendance);
    }

    static List<String> rowLabels(int count) {
        var labels = new ArrayList<String>();
        for (int i = 1; i <= count; i++) {
            labels.add(String.format("Institución %03d", i));
        }
        return labels;
    }
}
