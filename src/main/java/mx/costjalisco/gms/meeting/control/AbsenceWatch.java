package mx.costjalisco.gms.meeting.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.meeting.entity.Attendance;
import mx.costjalisco.gms.meeting.entity.AttendanceStatus;
import mx.costjalisco.gms.member.entity.Institution;

/**
 * Three consecutive unjustified absences of an institution are flagged to the secretary (art. 14 c; the regulation
 * provides for removal). An excused absence or an attendance breaks the run; the latest sessions count first.
 */
public final class AbsenceWatch {

    /** An institution and how many sessions in a row, up to the latest, it missed without excuse. */
    public record Flag(Institution institution, int consecutiveAbsences) {}

    private AbsenceWatch() {}

    /**
     * @param newestFirst attendance records of held sessions, newest session first
     * @param threshold how many absences in a row raise the flag (3)
     */
    public static List<Flag> flags(List<Attendance> newestFirst, int threshold) {
        Map<Institution, Integer> runs = new LinkedHashMap<>();
        Map<Institution, Boolean> broken = new LinkedHashMap<>();
        for (Attendance attendance : newestFirst) {
            Institution institution = attendance.getInstitution();
            if (Boolean.TRUE.equals(broken.get(institution))) {
                continue;
            }
            if (attendance.getStatus() == AttendanceStatus.ABSENT) {
                runs.merge(institution, 1, Integer::sum);
            } else {
                broken.put(institution, true);
            }
        }
        List<Flag> flags = new ArrayList<>();
        runs.forEach((institution, run) -> {
            if (run >= threshold && institution.getLeftOn() == null) {
                flags.add(new Flag(institution, run));
            }
        });
        return flags;
    }
}
