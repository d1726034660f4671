package mx.costjalisco.gms.minutes.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Minutes as the GMS writes them, for the PDF tests and the bench: a session with as many institutions, agenda items
 * and agreements as asked, and narratives of paragraphs and lists with bold, italics, underline and line breaks. The
 * same arguments always give the same minutes.
 */
final class MinutesSamples {

    static final ZonedDateTime GENERATED = ZonedDateTime.parse("2023-06-22T13:05:00-06:00[America/Mexico_City]");

    static final String BOLD_WORD = "imprescindible";

    private static final String[] INSTITUTIONS = {
        "Secretaría de Infraestructura y Obra Pública del Estado de Jalisco",
        "Cámara Mexicana de la Industria de la Construcción, Delegación Jalisco",
        "Universidad de Guadalajara",
        "Instituto Tecnológico y de Estudios Superiores de Occidente",
        "Colegio de Ingenieros Civiles del Estado de Jalisco",
        "Observatorio Ciudadano de Obra Pública",
        "Gobierno Municipal de Zapopan",
        "Contraloría del Estado de Jalisco",
        "Jalisco Cómo Vamos",
        "Coparmex Jalisco",
    };

    private static final String[] SECTORS = {"Gobierno", "Sector privado", "Academia", "Sociedad civil"};

    private static final String[] PEOPLE = {
        "Ing. María Fernanda Núñez Ibáñez",
        "Arq. José Ángel Peña Gutiérrez",
        "Dra. Lucía Camacho Ortega",
        "Lic. Ramón Íñiguez Zúñiga",
        "Mtra. Sofía Güemes Álvarez",
    };

    private static final String[] SENTENCES = {
        "La Secretaría Técnica presentó el avance del programa de divulgación de datos de contratación de obra pública.",
        "Se revisaron los indicadores del estándar de datos de infraestructura (CoST IDS) para los proyectos del"
                + " segundo trimestre.",
        "El representante de la academia señaló que la calidad de los datos publicados mejoró respecto del año"
                + " anterior, aunque persisten huecos en la etapa de ejecución.",
        "Las y los integrantes comentaron la conveniencia de uniformar los formatos de las entidades contratantes.",
        "Se acordó solicitar a las dependencias la información faltante antes del cierre del periodo.",
        "La presidencia recordó que las sesiones son públicas y que las actas se publican una vez aprobadas.",
        "El sector privado propuso talleres de capacitación para las áreas que capturan la información.",
        "Sociedad civil pidió que el aseguramiento independiente incluya al menos dos proyectos municipales.",
    };

    private MinutesSamples() {}

    /** A session's acta. */
    static MinutesContent session(int institutions, int items, int narrativeParagraphs, int agreements) {
        var random = new Random(2023L * 31 + institutions * 7 + items * 3 + agreements);
        var attendance = new ArrayList<MinutesContent.Attendee>();
        for (int i = 0; i < institutions; i++) {
            boolean present = i % 4 != 3;
            attendance.add(new MinutesContent.Attendee(
                    institution(i),
                    SECTORS[i % SECTORS.length],
                    present ? (i % 3 == 0 ? "Asistió el suplente" : "Asistió el titular") : "Ausente",
                    present ? PEOPLE[i % PEOPLE.length] : null,
                    present));
        }
        var agenda = new ArrayList<MinutesContent.Item>();
        for (int i = 0; i < items; i++) {
            // The Reglamento's fixed points are numbered 1, 2, …; the session's own matters are 5.1, 5.2, … under 5.
            String number = i < 5 ? String.valueOf(i + 1) : "5." + (i - 4);
            agenda.add(new MinutesContent.Item(
                    1000 + i,
                    number,
                    "Asunto " + number + ": informe y discusión del avance del plan de trabajo",
                    narrative(random, narrativeParagraphs)));
        }
        var recorded = new ArrayList<MinutesContent.Agreement>();
        var actions = new ArrayList<MinutesContent.Action>();
        for (int i = 1; i <= agreements; i++) {
            String number = "GMS-2023-O2-" + String.format("%02d", i);
            recorded.add(new MinutesContent.Agreement(
                    number,
                    "Se aprueba solicitar a las entidades contratantes la información faltante del asunto " + i
                            + " y publicarla en el portal antes del cierre del trimestre. " + sentence(random),
                    "A favor: 9; en contra: 0; abstenciones: " + (i % 3),
                    i % 3 == 0 ? "Aprobado por unanimidad de los presentes" : "Aprobado por mayoría"));
            actions.add(new MinutesContent.Action(
                    number,
                    "Enviar a la Secretaría Técnica la información faltante del asunto " + i,
                    institution(i),
                    LocalDate.of(2023, 6, 30).plusDays(i),
                    i % 2 == 0 ? "Pendiente" : "En proceso"));
        }
        int present = (int)
                attendance.stream().filter(MinutesContent.Attendee::present).count();
        return new MinutesContent(
                MinutesContent.ACTA,
                "2ª sesión ordinaria 2023",
                "Sesión ordinaria",
                LocalDate.of(2023, 5, 18),
                LocalTime.of(9, 5),
                LocalTime.of(11, 40),
                "Sala de juntas de la Secretaría de Infraestructura y Obra Pública, Guadalajara",
                "Ing. Ana Pérez Luna (Cámara Mexicana de la Industria de la Construcción)",
                "Mtra. Laura Díaz Ochoa",
                attendance,
                "Se declaró el quórum con " + present + " de " + institutions + " instituciones con voto presentes.",
                agenda,
                recorded,
                actions);
    }

    /** A liaison meeting's minuta: no quorum is declared and nothing is voted. */
    static MinutesContent minuta() {
        var session = session(4, 2, 2, 0);
        return new MinutesContent(
                MinutesContent.MINUTA,
                "1ª reunión de enlaces 2023",
                "Reunión de enlaces",
                LocalDate.of(2023, 5, 11),
                LocalTime.of(10, 0),
                LocalTime.of(11, 0),
                "Videollamada",
                null,
                "Mtra. Laura Díaz Ochoa",
                session.attendance(),
                null,
                session.items(),
                List.of(),
                List.of());
    }

    /** The SHA-256 the approval of this content would record. */
    static String sha256(MinutesContent content) {
        return MinutesJson.hash(MinutesJson.write(content));
    }

    static List<MinutesPdf.ApprovalLine> approvals(int count) {
        var approvals = new ArrayList<MinutesPdf.ApprovalLine>();
        for (int i = 0; i < count; i++) {
            approvals.add(new MinutesPdf.ApprovalLine(
                    institution(i),
                    PEOPLE[i % PEOPLE.length],
                    GENERATED.minusDays(2).plusMinutes(7L * i),
                    3));
        }
        return approvals;
    }

    static String institution(int i) {
        var name = INSTITUTIONS[i % INSTITUTIONS.length];
        return i < INSTITUTIONS.length ? name : name + " (" + (i / INSTITUTIONS.length + 1) + ")";
    }

    /**
     * About {@code paragraphs} blocks of varied shape: plain and bold-led paragraphs, a line break, bulleted and
     * numbered lists, one nested, and italics and underline inside sentences.
     */
    static String narrative(Random random, int paragraphs) {
        var html = new StringBuilder();
        for (int p = 0; p < paragraphs; p++) {
            switch (p % 6) {
                case 0 ->
                    html.append("<p><strong>Antecedentes.</strong> ")
                            .append(sentences(random, 5))
                            .append(" Es <strong>")
                            .append(BOLD_WORD)
                            .append("</strong> publicar los datos a tiempo.</p>");
                case 1 ->
                    html.append("<p>")
                            .append(sentences(random, 3))
                            .append(" <em>Sin comentarios adicionales</em> de la <u>presidencia</u>.<br>")
                            .append(sentences(random, 2))
                            .append("</p>");
                case 2 ->
                    html.append("<ul><li>")
                            .append(sentence(random))
                            .append("</li><li>")
                            .append(sentence(random))
                            .append("<ul><li>Subpunto: ")
                            .append(sentence(random))
                            .append("</li></ul></li><li><strong><em>Compromiso:</em></strong> ")
                            .append(sentence(random))
                            .append("</li></ul>");
                case 3 -> html.append("<p>").append(sentences(random, 6)).append("</p>");
                case 4 ->
                    html.append("<ol><li>")
                            .append(sentence(random))
                            .append("</li><li>")
                            .append(sentence(random))
                            .append("</li><li>")
                            .append(sentence(random))
                            .append("</li></ol>");
                default -> html.append("<p>").append(sentences(random, 4)).append("</p>");
            }
        }
        return html.toString();
    }

    private static String sentences(Random random, int count) {
        var text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(sentence(random));
        }
        return text.toString();
    }

    private static String sentence(Random random) {
        return SENTENCES[random.nextInt(SENTENCES.length)];
    }
}
