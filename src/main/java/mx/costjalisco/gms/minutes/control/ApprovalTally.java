package mx.costjalisco.gms.minutes.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.minutes.entity.ApprovalRule;

/**
 * The approval rule (art. 19, 21; design.md "Minutes"): which institutions present at the session have approved the
 * version in circulation, which have not, and whether that approves the minutes. Only an approval of the current
 * version — same version, same SHA-256 — counts; one of an earlier version shows as "approved an earlier version".
 * Institutions absent from the session neither approve nor count.
 *
 * @param approved institutions present that approved the current version
 * @param earlier institutions present whose last approval was of an earlier version
 * @param pending institutions present that have not approved the current version (includes {@code earlier})
 */
public record ApprovalTally(List<Party> approved, List<Party> earlier, List<Party> pending)
        implements java.io.Serializable {

    /** An institution present at the session. */
    public record Party(long institutionId, String name) implements java.io.Serializable {

        public String getName() {
            return name;
        }
    }

    /** An approval given: by which institution, of which version (its record id and content hash). */
    public record Given(long institutionId, long versionId, String sha256) {}

    public ApprovalTally {
        approved = List.copyOf(approved);
        earlier = List.copyOf(earlier);
        pending = List.copyOf(pending);
    }

    public static ApprovalTally of(
            Collection<Party> present, Collection<Given> approvals, long currentVersionId, String currentSha256) {
        Map<Long, Boolean> state = new LinkedHashMap<>(); // institution → approved the current version?
        for (Given given : approvals) {
            boolean current =
                    given.versionId() == currentVersionId && given.sha256().equals(currentSha256);
            state.merge(given.institutionId(), current, Boolean::logicalOr);
        }
        List<Party> approved = new ArrayList<>();
        List<Party> earlier = new ArrayList<>();
        List<Party> pending = new ArrayList<>();
        for (Party party : present) {
            Boolean approvedCurrent = state.get(party.institutionId());
            if (Boolean.TRUE.equals(approvedCurrent)) {
                approved.add(party);
            } else {
                pending.add(party);
                if (approvedCurrent != null) {
                    earlier.add(party);
                }
            }
        }
        return new ApprovalTally(approved, earlier, pending);
    }

    /** Every institution present approved the current version (and there was at least one). */
    public boolean isUnanimous() {
        return !approved.isEmpty() && pending.isEmpty();
    }

    /**
     * Whether these approvals approve the minutes by themselves: only under electronic consent, and only when every
     * institution present approved. Under the session rule the secretary records the approval at the session.
     */
    public boolean approves(ApprovalRule rule) {
        return rule == ApprovalRule.CONSENT && isUnanimous();
    }

    public int present() {
        return approved.size() + pending.size();
    }

    public List<Party> getApproved() {
        return approved;
    }

    public List<Party> getPending() {
        return pending;
    }

    public List<Party> getEarlier() {
        return earlier;
    }
}
