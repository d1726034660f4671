package mx.costjalisco.gms.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.costjalisco.gms.member.boundary.AppointmentService;
import mx.costjalisco.gms.member.control.PersonSearch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import org.primefaces.PrimeFaces;

/**
 * The designation dialogs of {@code members/institution.xhtml}: name a person of the registry, or a new person, to
 * one of the institution's roles; end a designation.
 */
@Named
@ViewScoped
public class AppointBacking implements Serializable {

    @Inject
    private AppointmentService service;

    @Inject
    private PersonSearch people;

    @Inject
    private InstitutionBacking page;

    @Inject
    private Messages messages;

    @Inject
    private Clock clock;

    private AppointmentRole role;
    private boolean newPerson;
    private Person person;
    private Person draft = new Person();
    private LocalDate startsOn;
    private String notes;

    private Appointment ending;
    private LocalDate endsOn;
    private String endReason;

    /** Opens the dialog for a role ({@code null} lets the user choose). */
    public void start(AppointmentRole role) {
        this.role = role;
        newPerson = false;
        person = null;
        draft = new Person();
        startsOn = LocalDate.now(clock);
        notes = null;
    }

    public List<Person> suggest(String text) {
        return people.suggest(text, 12);
    }

    public void appoint() {
        try {
            Appointment appointment = newPerson
                    ? service.appointNewPerson(page.getInstitutionId(), draft, role, startsOn, notes)
                    : service.appoint(
                            page.getInstitutionId(), person == null ? null : person.getId(), role, startsOn, notes);
            page.refresh();
            messages.info("appointment.created", appointment.getPerson().getFullName(), label(appointment.getRole()));
            PrimeFaces.current().executeScript("PF('appointDialog').hide()");
        } catch (BusinessRuleException refused) {
            messages.error("appointForm", refused);
        }
    }

    public void startEnding(Appointment appointment) {
        ending = appointment;
        endsOn = LocalDate.now(clock);
        endReason = null;
    }

    public void end() {
        try {
            service.end(ending.getId(), ending.getVersion(), endsOn, endReason);
            page.refresh();
            messages.info("appointment.ended", ending.getPerson().getFullName());
            PrimeFaces.current().executeScript("PF('endDialog').hide()");
        } catch (ConcurrentChangeException changed) {
            page.refresh();
            messages.error(null, "record.changedMeanwhile");
            PrimeFaces.current().executeScript("PF('endDialog').hide()");
        } catch (BusinessRuleException refused) {
            messages.error("endForm", refused);
        }
    }

    private String label(AppointmentRole role) {
        return messages.text("AppointmentRole." + role.name());
    }

    public AppointmentRole[] getRoles() {
        return AppointmentRole.values();
    }

    public AppointmentRole getRole() {
        return role;
    }

    public void setRole(AppointmentRole role) {
        this.role = role;
    }

    public boolean isNewPerson() {
        return newPerson;
    }

    public void setNewPerson(boolean newPerson) {
        this.newPerson = newPerson;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public Person getDraft() {
        return draft;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Appointment getEnding() {
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
