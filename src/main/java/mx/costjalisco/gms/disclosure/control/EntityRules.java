package mx.costjalisco.gms.disclosure.control;

import java.time.LocalDate;
import java.util.Locale;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;

/**
 * What a publishing entity and an agreement must be before they are kept. Each refusal names the field and a Spanish
 * message; the checks that need the database (a name or an identifier already taken) are the service's.
 */
public final class EntityRules {

    private EntityRules() {}

    /** The draft with its texts trimmed (blank becomes absent), or a refusal. */
    public static EntityDraft check(EntityDraft draft, LocalDate today) {
        draft.setName(trim(draft.getName()));
        draft.setShortName(trim(draft.getShortName()));
        draft.setPartyId(trim(draft.getPartyId()));
        draft.setNotes(trim(draft.getNotes()));
        if (draft.getName() == null) {
            throw BusinessRuleException.onField("name", "disclosure.nameRequired");
        }
        tooLong("name", draft.getName(), PublishingEntity.NAME_MAXLENGTH);
        tooLong("shortName", draft.getShortName(), PublishingEntity.SHORT_NAME_MAXLENGTH);
        tooLong("partyId", draft.getPartyId(), PublishingEntity.PARTY_ID_MAXLENGTH);
        if (draft.getPartyId() != null && !draft.getPartyId().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw BusinessRuleException.onField("partyId", "disclosure.partyIdFormat");
        }
        if (draft.getKind() == null) {
            throw BusinessRuleException.onField("kind", "disclosure.kindRequired");
        }
        if (draft.getJoinedOn() == null) {
            throw BusinessRuleException.onField("joinedOn", "disclosure.joinedOnRequired");
        }
        if (draft.getJoinedOn().isAfter(today)) {
            throw BusinessRuleException.onField("joinedOn", "disclosure.joinedInFuture");
        }
        return draft;
    }

    /** An agreement's terms, checked against its signature day when it has one. */
    public static AgreementDraft check(AgreementDraft draft, LocalDate signedOn) {
        draft.setTitle(trim(draft.getTitle()));
        draft.setCommitments(trim(draft.getCommitments()));
        if (draft.getTitle() == null) {
            throw BusinessRuleException.onField("title", "disclosure.titleRequired");
        }
        tooLong("title", draft.getTitle(), ParticipationAgreement.TITLE_MAXLENGTH);
        if (draft.getProjectsPerQuarter() != null && draft.getProjectsPerQuarter() < 0) {
            throw BusinessRuleException.onField("projectsPerQuarter", "disclosure.negativeProjects");
        }
        validity(signedOn, draft.getValidUntil());
        return draft;
    }

    /** A signature day: given, not after today, and not after the agreement's end. */
    public static void signature(LocalDate signedOn, LocalDate validUntil, LocalDate today) {
        if (signedOn == null) {
            throw BusinessRuleException.onField("signedOn", "disclosure.signedOnRequired");
        }
        if (signedOn.isAfter(today)) {
            throw BusinessRuleException.onField("signedOn", "disclosure.signedInFuture");
        }
        validity(signedOn, validUntil);
    }

    private static void validity(LocalDate signedOn, LocalDate validUntil) {
        if (signedOn != null && validUntil != null && validUntil.isBefore(signedOn)) {
            throw BusinessRuleException.onField("validUntil", "disclosure.validUntilBeforeSigned");
        }
    }

    /** The signed agreement is kept as a PDF: any other file is refused before it is read. */
    public static void pdfOnly(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".pdf")) {
            throw BusinessRuleException.onField("document", "disclosure.pdfOnly");
        }
    }

    /** A reason for leaving or terminating: required, within its length. */
    public static String reason(String reason, int maxLength) {
        String text = trim(reason);
        if (text == null) {
            throw BusinessRuleException.onField("reason", "disclosure.reasonRequired");
        }
        tooLong("reason", text, maxLength);
        return text;
    }

    private static void tooLong(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw BusinessRuleException.onField(field, "disclosure.tooLong", String.valueOf(max));
        }
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
