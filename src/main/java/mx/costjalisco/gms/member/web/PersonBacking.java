package mx.costjalisco.gms.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import mx.costjalisco.gms.member.boundary.OfficeService;
import mx.costjalisco.gms.member.boundary.PersonService;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.OfficeTerm;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.web.Pages;

/** {@code members/person.xhtml}: a person with every role and office they held, current and past. */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    @Inject
    private PersonService people;

    @Inject
    private OfficeService offices;

    private Long personId;
    private Person person;
    private List<Appointment> appointments;
    private List<OfficeTerm> officeTerms;

    public void load() {
        person = people.find(personId).orElse(null);
        if (person == null) {
            Pages.notFound();
            return;
        }
        appointments = people.appointmentsOf(personId);
        officeTerms = offices.termsOf(personId);
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public Person getPerson() {
        return person;
    }

    public List<Appointment> getAppointments() {
        return appointments;
    }

    public List<OfficeTerm> getOfficeTerms() {
        return officeTerms;
    }
}
