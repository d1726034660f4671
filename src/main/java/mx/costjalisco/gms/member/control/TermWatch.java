package mx.costjalisco.gms.member.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import mx.costjalisco.gms.member.entity.Institution;

/**
 * Whether an institution's term is ending: the registry warns {@code gms.term.warning-days} (60) days ahead, so the
 * GMS can renew it or the institution can name its new representatives (art. 11).
 */
public record TermWatch(LocalDate today, int warningDays) {

    public enum State {
        NONE,
        ENDING,
        ENDED
    }

    public State stateOf(Institution institution) {
        LocalDate end = institution.getTermEndsOn();
        if (end == null || !institution.isCurrentOn(today)) {
            return State.NONE;
        }
        if (end.isBefore(today)) {
            return State.ENDED;
        }
        return ChronoUnit.DAYS.between(today, end) <= warningDays ? State.ENDING : State.NONE;
    }
}
