package mx.costjalisco.gms.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.member.boundary.InstitutionService;
import mx.costjalisco.gms.member.control.TermPolicy;
import mx.costjalisco.gms.member.control.TermWatch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code members/institution.xhtml}: an institution with its current representatives and liaisons (and, on request,
 * everyone who held a role before), and ending its membership.
 */
@Named
@ViewScoped
public class InstitutionBacking implements Serializable {

    @Inject
    private InstitutionService service;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    @Inject
    private TermPolicy termPolicy;

    private Long institutionId;
    private Institution institution;
    private List<Appointment> appointments;
    private boolean showHistory;

    private LocalDate leftOn;
    private String leftReason;

    public void load() {
        institution = service.find(institutionId).orElse(null);
        if (institution == null) {
            Pages.notFound();
            return;
        }
        appointments = service.appointmentsOf(institutionId);
        leftOn = LocalDate.now(clock);
    }

    /** Current appointments, titular first; with history on, the ended ones too, newest first. */
    public List<Appointment> getAppointments() {
        LocalDate today = LocalDate.now(clock);
        return appointments.stream()
                .filter(a ->
                        showHistory || a.getEndsOn() == null || !a.getEndsOn().isBefore(today))
                .toList();
    }

    public TermWatch.State getTermState() {
        return termPolicy.today().stateOf(institution);
    }

    public boolean isMember() {
        return institution.getLeftOn() == null;
    }

    public void leave() {
        try {
            institution = service.leave(institutionId, institution.getVersion(), leftOn, leftReason);
            appointments = service.appointmentsOf(institutionId);
            messages.info("institution.left", institution.getName());
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("leaveForm", refused);
        }
    }

    /** Reloads after a designation made in the dialog of this page. */
    public void refresh() {
        institution = service.find(institutionId).orElseThrow();
        appointments = service.appointmentsOf(institutionId);
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

    public boolean isShowHistory() {
        return showHistory;
    }

    public void setShowHistory(boolean showHistory) {
        this.showHistory = showHistory;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public void setLeftReason(String leftReason) {
        this.leftReason = leftReason;
    }
}
