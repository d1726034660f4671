package mx.costjalisco.gms.meeting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Reglamento's numbers and choices for meetings, as configuration (design.md: every rule that is a number or a
 * choice is configuration). Defaults: 5 business days' notice (art. 18), proposals up to 72 hours before (art. 18),
 * cancellation at least 24 hours before (art. 17), quorum of half plus one with each sector and 30 minutes' tolerance,
 * a second call no sooner than 24 hours later (art. 20), majority of those present (art. 22).
 */
@ApplicationScoped
public class MeetingRules {

    @Inject
    @ConfigProperty(name = "gms.meeting.notice-business-days", defaultValue = "5")
    int noticeBusinessDays;

    @Inject
    @ConfigProperty(name = "gms.meeting.reminder-business-days", defaultValue = "2")
    int reminderBusinessDays;

    @Inject
    @ConfigProperty(name = "gms.meeting.proposal-hours", defaultValue = "72")
    int proposalHours;

    @Inject
    @ConfigProperty(name = "gms.meeting.cancel-hours", defaultValue = "24")
    int cancelHours;

    @Inject
    @ConfigProperty(name = "gms.meeting.second-call-hours", defaultValue = "24")
    int secondCallHours;

    @Inject
    @ConfigProperty(name = "gms.quorum.per-sector", defaultValue = "true")
    boolean quorumPerSector;

    @Inject
    @ConfigProperty(name = "gms.quorum.tolerance-minutes", defaultValue = "30")
    int toleranceMinutes;

    @Inject
    @ConfigProperty(name = "gms.vote.majority", defaultValue = "present")
    String majority;

    public int noticeBusinessDays() {
        return noticeBusinessDays;
    }

    public int reminderBusinessDays() {
        return reminderBusinessDays;
    }

    public int proposalHours() {
        return proposalHours;
    }

    public int cancelHours() {
        return cancelHours;
    }

    public int secondCallHours() {
        return secondCallHours;
    }

    public int toleranceMinutes() {
        return toleranceMinutes;
    }

    public QuorumRule quorum() {
        return new QuorumRule(quorumPerSector);
    }

    public VoteRule votes() {
        return new VoteRule(!"cast".equalsIgnoreCase(majority));
    }
}
