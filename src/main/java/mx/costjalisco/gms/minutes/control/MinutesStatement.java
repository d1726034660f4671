package mx.costjalisco.gms.minutes.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.minutes.entity.ApprovalRule;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The sentence approved minutes carry on their last page, in the e-mail and on the page: "Versión 2 aprobada en la 3ª
 * sesión ordinaria 2023, celebrada el jueves 17 de agosto de 2023. Acuerdo GMS-2023-O3-01."
 */
public final class MinutesStatement {

    private MinutesStatement() {}

    public static String of(Minutes minutes, Locale locale) {
        if (minutes.getApprovalRule() == ApprovalRule.CONSENT) {
            return Bundle.text(
                    locale,
                    "minutes.statement.consent",
                    minutes.getApprovedNumber(),
                    date(minutes.getApprovedOn(), locale));
        }
        String statement = Bundle.text(
                locale,
                "minutes.statement.session",
                minutes.getApprovedNumber(),
                MeetingTexts.name(minutes.getApprovalMeeting(), locale),
                date(minutes.getApprovedOn(), locale));
        return minutes.getApprovalAgreement() == null
                ? statement
                : statement + " " + Bundle.text(locale, "minutes.statement.agreement", minutes.getApprovalAgreement());
    }

    /** "jueves 17 de agosto de 2023". */
    public static String date(LocalDate day, Locale locale) {
        return day == null
                ? ""
                : DateTimeFormatter.ofPattern(Bundle.text(locale, "format.fullDate"), locale)
                        .format(day);
    }
}
