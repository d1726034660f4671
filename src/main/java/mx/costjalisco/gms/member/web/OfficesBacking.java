package mx.costjalisco.gms.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.member.boundary.OfficeService;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.control.PersonSearch;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.Office;
import mx.costjalisco.gms.member.entity.OfficeTerm;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import org.primefaces.PrimeFaces;

/** {@code members/offices.xhtml}: who holds the GMS's offices, who held them, and naming a new holder. */
@Named
@ViewScoped
public class OfficesBacking implements Serializable {

    @Inject
    private OfficeService service;

    @Inject
    private PersonSearch people;

    @Inject
    private InstitutionSearch institutions;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private List<OfficeTerm> terms;
    private boolean showHistory;

    private Office office;
    private Person person;
    private Long institutionId;
    private LocalDate startsOn;
    private String approvedBy;

    private OfficeTerm ending;
    private LocalDate endsOn;
    private String endReason;

    @PostConstruct
    void init() {
        terms = service.history();
    }

    public List<OfficeTerm> getTerms() {
        LocalDate today = LocalDate.now(clock);
        return terms.stream()
                .filter(t ->
                        showHistory || t.getEndsOn() == null || !t.getEndsOn().isBefore(today))
                .toList();
    }

    public void start(Office office) {
        this.office = office;
        person = null;
        institutionId = null;
        startsOn = LocalDate.now(clock);
        approvedBy = null;
    }

    public List<Person> suggest(String text) {
        return people.suggest(text, 12);
    }

    public List<Institution> getInstitutions() {
        return institutions.currentOn(LocalDate.now(clock));
    }

    public void assign() {
        try {
            OfficeTerm term =
                    service.assign(office, person == null ? null : person.getId(), institutionId, startsOn, approvedBy);
            terms = service.history();
            messages.info("office.assigned", term.getPerson().getFullName(), messages.text("Office." + office.name()));
            PrimeFaces.current().executeScript("PF('assignDialog').hide()");
        } catch (BusinessRuleException refused) {
            messages.error("assignForm", refused);
        }
    }

    public void startEnding(OfficeTerm term) {
        ending = term;
        endsOn = LocalDate.now(clock);
        endReason = null;
    }

    public void end() {
        try {
            service.end(ending.getId(), ending.getVersion(), endsOn, endReason);
            messages.info("office.ended", ending.getPerson().getFullName());
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("endForm", refused);
            return;
        }
        terms = service.history();
        PrimeFaces.current().executeScript("PF('endDialog').hide()");
    }

    public Office[] getOffices() {
        return Office.values();
    }

    public boolean isShowHistory() {
        return showHistory;
    }

    public void setShowHistory(boolean showHistory) {
        this.showHistory = showHistory;
    }

    public Office getOffice() {
        return office;
    }

    public void setOffice(Office office) {
        this.office = office;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public OfficeTerm getEnding() {
        return ending;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
