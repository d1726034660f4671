package mx.costjalisco.gms.minutes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import mx.costjalisco.gms.meeting.control.MeetingTexts;
import mx.costjalisco.gms.minutes.boundary.MinutesReview;
import mx.costjalisco.gms.minutes.boundary.MinutesService;
import mx.costjalisco.gms.minutes.control.ApprovalTally;
import mx.costjalisco.gms.minutes.control.MinutesContent;
import mx.costjalisco.gms.minutes.control.MinutesDiff;
import mx.costjalisco.gms.minutes.entity.Minutes;
import mx.costjalisco.gms.minutes.entity.MinutesAddendum;
import mx.costjalisco.gms.minutes.entity.MinutesFile;
import mx.costjalisco.gms.minutes.entity.MinutesObservation;
import mx.costjalisco.gms.minutes.entity.MinutesSignature;
import mx.costjalisco.gms.minutes.entity.MinutesStatus;
import mx.costjalisco.gms.minutes.entity.MinutesVersion;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.richtext.RichText;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code minutes/minutes.xhtml}: the minutes as members read them — a version (the one in circulation unless another
 * is chosen), who has approved it, the observations and their answers, what changed between two versions, the
 * archived files and signatures — and, for a representative of an institution present, approving or observing.
 */
@Named
@ViewScoped
public class MinutesBacking implements Serializable {

    @Inject
    private MinutesService minutesService;

    @Inject
    private MinutesReview review;

    @Inject
    private mx.costjalisco.gms.minutes.control.MinutesRules rules;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long minutesId;
    private Integer shown;
    private Minutes minutes;
    private List<MinutesVersion> versions;
    private MinutesVersion version;
    private MinutesContent content;
    private ApprovalTally tally;
    private MinutesReview.Reviewer reviewer;
    private List<MinutesObservation> observations;
    private List<MinutesSignature> signatures;
    private List<MinutesAddendum> addenda;
    private List<MinutesFile> files;
    private String capacity;
    private Integer compareFrom;
    private Integer compareTo;
    private MinutesDiff.Comparison comparison;
    private Long observationItem;
    private String observationText;

    public void load() {
        minutes = minutesService.find(minutesId).orElse(null);
        if (minutes == null) {
            Pages.notFound();
            return;
        }
        versions = minutesService.versions(minutesId);
        int number =
                shown != null && shown >= 1 && shown <= minutes.getCurrentNumber() ? shown : minutes.getCurrentNumber();
        version = versions.stream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElse(null);
        content = version == null ? null : minutesService.contentOf(version);
        tally = minutesService.tally(minutesId);
        reviewer = review.reviewer(minutesId);
        observations = minutesService.observations(minutesId);
        signatures = minutesService.signatures(minutesId);
        addenda = minutesService.addenda(minutesId);
        files = minutesService.files(minutesId);
        capacity = minutes.getStatus() == MinutesStatus.APPROVED
                        && signatures.stream().noneMatch(s -> s.getPerson().equals(reviewer.person()))
                ? review.capacity(minutesId).orElse(null)
                : null;
        if (versions.size() >= 2 && compareFrom == null) {
            compareFrom = versions.get(versions.size() - 2).getNumber();
            compareTo = versions.get(versions.size() - 1).getNumber();
        }
        if (compareFrom != null && compareTo != null) {
            compare();
        }
    }

    public void approve() {
        try {
            var given = review.approve(minutesId, version.getNumber());
            messages.info(
                    "minutes.approvedFor",
                    String.join(
                            ", ",
                            given.stream()
                                    .map(a -> a.getInstitution().getName())
                                    .toList()),
                    version.getNumber());
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
        shown = null;
        load();
    }

    public void observe() {
        try {
            review.observe(minutesId, version.getNumber(), observationItem, observationText);
            messages.info("minutes.observed");
            observationText = null;
            observationItem = null;
            shown = null;
            load();
        } catch (BusinessRuleException refused) {
            messages.error("observationForm", refused);
        }
    }

    public void sign() {
        try {
            review.sign(minutesId);
            messages.info("minutes.signed");
        } catch (BusinessRuleException refused) {
            messages.error(null, refused.getMessageKey(), refused.getArguments());
        }
        load();
    }

    public void compare() {
        if (compareFrom == null || compareTo == null || compareFrom.equals(compareTo)) {
            comparison = null;
            return;
        }
        comparison =
                minutesService.compare(minutesId, Math.min(compareFrom, compareTo), Math.max(compareFrom, compareTo));
    }

    /** The narrative as stored, cleaned again on the way out (defence in depth: it is shown unescaped). */
    public String narrative(MinutesContent.Item item) {
        return RichText.sanitize(item.narrativeHtml());
    }

    /** Stored rich text (an addendum), cleaned again on the way out. */
    public String clean(String html) {
        return RichText.sanitize(html);
    }

    /** Which explanation of the approval rule the page gives while the minutes are in review. */
    public String getHelpKey() {
        return rules.approvalRule() == mx.costjalisco.gms.minutes.entity.ApprovalRule.CONSENT ? "helpConsent" : "help";
    }

    public String name() {
        return MeetingTexts.name(minutes.getMeeting(), messages.locale());
    }

    public String meetingName(mx.costjalisco.gms.meeting.entity.Meeting meeting) {
        return meeting == null ? "" : MeetingTexts.name(meeting, messages.locale());
    }

    public boolean isCurrent() {
        return version != null && version.getNumber() == minutes.getCurrentNumber();
    }

    /** A representative who can still act on the version in circulation. */
    public boolean isReviewing() {
        return minutes.getStatus() == MinutesStatus.IN_REVIEW && isCurrent() && reviewer.isRepresentative();
    }

    public boolean isSecretary() {
        return currentUser.hasAny("SECRETARY,ADMIN");
    }

    public List<MinutesObservation> observationsOf(MinutesVersion of) {
        return observations.stream()
                .filter(o -> o.getMinutesVersion().equals(of))
                .toList();
    }

    public Optional<MinutesFile> getArchive() {
        return files.stream()
                .filter(f -> f.getKind() == mx.costjalisco.gms.minutes.entity.MinutesFileKind.ARCHIVE)
                .reduce((a, b) -> b);
    }

    public Long getMinutesId() {
        return minutesId;
    }

    public void setMinutesId(Long minutesId) {
        this.minutesId = minutesId;
    }

    public Integer getShown() {
        return shown;
    }

    public void setShown(Integer shown) {
        this.shown = shown;
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public List<MinutesVersion> getVersions() {
        return versions;
    }

    public MinutesVersion getVersion() {
        return version;
    }

    public MinutesContent getContent() {
        return content;
    }

    public ApprovalTally getTally() {
        return tally;
    }

    public MinutesReview.Reviewer getReviewer() {
        return reviewer;
    }

    public List<MinutesObservation> getObservations() {
        return observations;
    }

    public List<MinutesSignature> getSignatures() {
        return signatures;
    }

    public List<MinutesAddendum> getAddenda() {
        return addenda;
    }

    public List<MinutesFile> getFiles() {
        return files;
    }

    public String getCapacity() {
        return capacity;
    }

    public Integer getCompareFrom() {
        return compareFrom;
    }

    public void setCompareFrom(Integer compareFrom) {
        this.compareFrom = compareFrom;
    }

    public Integer getCompareTo() {
        return compareTo;
    }

    public void setCompareTo(Integer compareTo) {
        this.compareTo = compareTo;
    }

    /**
     * What changed, as HTML in the page's language: null when nothing is compared, "" when the versions say the same.
     * Made at render time, when the view knows the reader's language.
     */
    public String getComparison() {
        if (comparison == null) {
            return null;
        }
        return comparison.isEmpty() ? "" : MinutesDiff.html(comparison, messages.locale());
    }

    public Long getObservationItem() {
        return observationItem;
    }

    public void setObservationItem(Long observationItem) {
        this.observationItem = observationItem;
    }

    public String getObservationText() {
        return observationText;
    }

    public void setObservationText(String observationText) {
        this.observationText = observationText;
    }
}
