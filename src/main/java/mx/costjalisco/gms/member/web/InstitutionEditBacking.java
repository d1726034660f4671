package mx.costjalisco.gms.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import mx.costjalisco.gms.member.boundary.InstitutionService;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code members/edit/institution.xhtml}: registers an institution or edits one. When someone else saved it first,
 * the form shows their values and says so; nothing is overwritten.
 */
@Named
@ViewScoped
public class InstitutionEditBacking implements Serializable {

    @Inject
    private InstitutionService service;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private Long institutionId;
    private Institution institution;

    public void load() {
        if (institutionId == null) {
            institution = new Institution();
            institution.setJoinedOn(LocalDate.now(clock));
            return;
        }
        institution = service.find(institutionId).orElse(null);
        if (institution == null) {
            Pages.notFound();
        }
    }

    /** Offers the two-year term of non-public members (art. 11) when the end of term is still empty. */
    public void suggestTermEnd() {
        if (institution.getTermEndsOn() == null) {
            institution.setTermEndsOn(Institution.defaultTermEnd(institution.getSector(), institution.getJoinedOn()));
        }
    }

    public String save() {
        boolean isNew = institution.isNew();
        try {
            Institution saved = isNew ? service.create(institution) : service.update(institution);
            messages.info(isNew ? "institution.created" : "institution.saved", saved.getName());
            messages.keepForRedirect();
            return "/members/institution?faces-redirect=true&id=" + saved.getId();
        } catch (ConcurrentChangeException changed) {
            institution = service.find(institutionId).orElseThrow();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("form", refused);
        }
        return null;
    }

    public boolean isNew() {
        return institution == null || institution.isNew();
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public Institution getInstitution() {
        return institution;
    }
}
