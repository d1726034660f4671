package mx.costjalisco.gms.minutes.control;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

/**
 * What one version of the minutes says, whole: the record of the session as it stood when the version was issued
 * (already worded in the GMS's language) and the secretary's narrative of each agenda item, as sanitized HTML. A
 * version is this content frozen; its canonical JSON ({@link MinutesJson}) is what is hashed, so two versions with
 * the same words have the same hash.
 *
 * @param document "ACTA" for a session's minutes, "MINUTA" for a liaison meeting's short record
 * @param meetingName e.g. "2ª sesión ordinaria 2023"
 * @param kindLabel e.g. "Sesión ordinaria"
 * @param chair who chaired, e.g. "Ing. Ana Pérez (CMIC Jalisco)"; null when not recorded
 * @param quorumStatement the sentence on quorum ("Se declaró el quórum con 9 de 15 instituciones…")
 */
public record MinutesContent(
        String document,
        String meetingName,
        String kindLabel,
        LocalDate day,
        LocalTime startsAt,
        LocalTime endsAt,
        String place,
        String chair,
        String secretary,
        List<Attendee> attendance,
        String quorumStatement,
        List<Item> items,
        List<Agreement> agreements,
        List<Action> actions)
        implements java.io.Serializable {

    public static final String ACTA = "ACTA";
    public static final String MINUTA = "MINUTA";

    public MinutesContent {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(meetingName, "meetingName");
        Objects.requireNonNull(day, "day");
        attendance = List.copyOf(attendance);
        items = List.copyOf(items);
        agreements = List.copyOf(agreements);
        actions = List.copyOf(actions);
    }

    public boolean isMinuta() {
        return MINUTA.equals(document);
    }

    /** The same content with one item's narrative replaced (the draft being written). */
    public MinutesContent withNarrative(long agendaItemId, String html) {
        return new MinutesContent(
                document,
                meetingName,
                kindLabel,
                day,
                startsAt,
                endsAt,
                place,
                chair,
                secretary,
                attendance,
                quorumStatement,
                items.stream()
                        .map(item -> item.agendaItemId() == agendaItemId ? item.withNarrative(html) : item)
                        .toList(),
                agreements,
                actions);
    }

    /**
     * One institution on the attendance list.
     *
     * @param status e.g. "Asistió el titular", "Ausente", "Justificó su ausencia"
     * @param representative who attended for it, or null
     */
    public record Attendee(String institution, String sector, String status, String representative, boolean present)
            implements java.io.Serializable {}

    /**
     * One point of the agenda and what the minutes say of it.
     *
     * @param number as printed on the agenda: "1", "5.2"
     * @param narrativeHtml sanitized HTML (paragraphs, lists, bold, italics); empty when nothing was written yet
     */
    public record Item(long agendaItemId, String number, String title, String narrativeHtml)
            implements java.io.Serializable {

        public Item {
            narrativeHtml = narrativeHtml == null ? "" : narrativeHtml;
        }

        Item withNarrative(String html) {
            return new Item(agendaItemId, number, title, html);
        }
    }

    /**
     * An agreement as recorded: its number, text, the vote and the result sentence.
     *
     * @param vote e.g. "A favor: 9; en contra: 0; abstenciones: 0", or the consensus wording
     * @param result e.g. "Aprobado por unanimidad de los presentes"
     */
    public record Agreement(String number, String text, String vote, String result) implements java.io.Serializable {}

    /** A follow-up action of an agreement. */
    public record Action(String agreementNumber, String description, String responsible, LocalDate dueOn, String status)
            implements java.io.Serializable {}
}
