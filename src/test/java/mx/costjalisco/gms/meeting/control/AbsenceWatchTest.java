package mx.costjalisco.gms.meeting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.costjalisco.gms.meeting.entity.Attendance;
import mx.costjalisco.gms.meeting.entity.AttendanceStatus;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.member.entity.Institution;
import org.junit.jupiter.api.Test;

class AbsenceWatchTest {

    private static Institution institution(String name) {
        Institution institution = new Institution();
        institution.setName(name);
        institution.setJoinedOn(LocalDate.of(2019, 11, 4));
        return institution;
    }

    private static List<Attendance> newestFirst(Institution institution, AttendanceStatus... statuses) {
        List<Attendance> list = new ArrayList<>();
        int month = 12;
        for (AttendanceStatus status : statuses) {
            Meeting meeting = new Meeting(
                    MeetingKind.ORDINARY,
                    LocalDateTime.of(2023, month, 1, 9, 0),
                    LocalDateTime.of(2023, month, 1, 11, 0));
            month -= 3;
            list.add(new Attendance(meeting, institution, status));
        }
        return list;
    }

    @Test
    void threeUnexcusedAbsencesInARowRaiseTheFlag() {
        Institution absent = institution("Colegio");
        List<AbsenceWatch.Flag> flags = AbsenceWatch.flags(
                newestFirst(absent, AttendanceStatus.ABSENT, AttendanceStatus.ABSENT, AttendanceStatus.ABSENT), 3);
        assertEquals(1, flags.size());
        assertEquals(3, flags.get(0).consecutiveAbsences());
    }

    @Test
    void anExcuseOrAnAttendanceBreaksTheRun() {
        Institution excused = institution("Cámara");
        assertEquals(
                List.of(),
                AbsenceWatch.flags(
                        newestFirst(
                                excused,
                                AttendanceStatus.ABSENT,
                                AttendanceStatus.ABSENT,
                                AttendanceStatus.EXCUSED,
                                AttendanceStatus.ABSENT),
                        3));
        assertEquals(
                List.of(),
                AbsenceWatch.flags(
                        newestFirst(
                                excused,
                                AttendanceStatus.PRIMARY_PRESENT,
                                AttendanceStatus.ABSENT,
                                AttendanceStatus.ABSENT,
                                AttendanceStatus.ABSENT),
                        3),
                "only a run up to the latest session counts");
    }
}
