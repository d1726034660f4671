package mx.costjalisco.gms.meeting.control;

import java.util.Locale;
import mx.costjalisco.gms.meeting.entity.Outcome;
import mx.costjalisco.gms.meeting.entity.Resolution;
import mx.costjalisco.gms.platform.web.Bundle;

/**
 * The sentence the minutes print after an agreement: "aprobado por unanimidad de los presentes", "aprobado por
 * mayoría (6 a favor, 2 en contra, 1 abstención)", "empate: la Presidencia puede reprogramar la votación (art. 22)".
 */
public final class ResultSentence {

    private ResultSentence() {}

    public static String of(Resolution resolution, Locale locale) {
        return of(
                resolution.getOutcome(),
                resolution.getVotesFor(),
                resolution.getVotesAgainst(),
                resolution.getAbstentions(),
                locale);
    }

    public static String of(Outcome outcome, int votesFor, int votesAgainst, int abstentions, Locale locale) {
        return Bundle.text(locale, "Outcome." + outcome.name() + ".sentence", votesFor, votesAgainst, abstentions);
    }
}
