package mx.costjalisco.gms.meeting.control;

import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.meeting.entity.AgendaItem;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The order of business the Reglamento fixes (art. 19): an ordinary session's agenda starts from eight points, the
 * session's own items going in at point e); an extraordinary session has five fixed points, its specific matters at
 * point 4, and takes no added items and no general matters (art. 18). A liaison meeting has no fixed order.
 */
public final class AgendaTemplate {

    /** A fixed point: the bundle key of its title and its default duration in minutes. */
    public record Point(String titleKey, int minutes) {}

    private static final List<Point> ORDINARY = List.of(
            new Point("agenda.ordinary.rollCall", 10),
            new Point("agenda.ordinary.approveAgenda", 5),
            new Point("agenda.ordinary.previousMinutes", 10),
            new Point("agenda.ordinary.previousAgreements", 15),
            new Point("agenda.ordinary.matters", 0),
            new Point("agenda.ordinary.summary", 10),
            new Point("agenda.ordinary.general", 10),
            new Point("agenda.ordinary.close", 5));

    private static final List<Point> EXTRAORDINARY = List.of(
            new Point("agenda.extraordinary.rollCall", 10),
            new Point("agenda.extraordinary.installation", 5),
            new Point("agenda.extraordinary.approveAgenda", 5),
            new Point("agenda.extraordinary.matters", 0),
            new Point("agenda.extraordinary.close", 5));

    /** Fixed points sit at multiples of this; the session's own items go between the "matters" point and the next. */
    public static final int POSITION_STEP = 100;

    /** Where an ordinary session's point "reading, approval and signature of the previous minutes" sits (art. 19). */
    public static final int PREVIOUS_MINUTES_POSITION = 3 * POSITION_STEP;

    private AgendaTemplate() {}

    /** The fixed points as agenda items of a meeting, titled in the language of the record. */
    public static List<AgendaItem> fixedItemsOf(Meeting meeting) {
        List<Point> points = pointsOf(meeting.getKind());
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            items.add(AgendaItem.fixedPoint(
                    meeting,
                    (i + 1) * POSITION_STEP,
                    Bundle.text(Bundle.RECORD_LOCALE, points.get(i).titleKey()),
                    points.get(i).minutes()));
        }
        return items;
    }

    /** The fixed points, in order; a point of 0 minutes is the heading under which the session's items go. */
    public static List<Point> pointsOf(MeetingKind kind) {
        return switch (kind) {
            case ORDINARY -> ORDINARY;
            case EXTRAORDINARY -> EXTRAORDINARY;
            case LIAISON -> List.of();
        };
    }

    /** The position after which the session's own items are placed (the "matters" point). */
    public static int mattersPosition(MeetingKind kind) {
        List<Point> points = pointsOf(kind);
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).minutes() == 0) {
                return i + 1;
            }
        }
        return 0;
    }

    /**
     * The numbers items print with, in agenda order: fixed points "1", "2", …, the session's own items under their
     * point "5.1", "5.2"; a liaison meeting (no fixed points) "1", "2", ….
     */
    public static List<String> numbers(List<AgendaItem> agenda) {
        boolean fixedPoints = agenda.stream().anyMatch(AgendaItem::isFixed);
        List<String> numbers = new ArrayList<>();
        int point = 0;
        int sub = 0;
        for (AgendaItem item : agenda) {
            if (item.isFixed() || point == 0 || !fixedPoints) {
                numbers.add(Integer.toString(++point));
                sub = 0;
            } else {
                numbers.add(point + "." + ++sub);
            }
        }
        return numbers;
    }

    /** Members may propose items only for ordinary sessions (art. 18). */
    public static boolean takesProposals(MeetingKind kind) {
        return kind == MeetingKind.ORDINARY;
    }
}
