package mx.costjalisco.gms.member.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import mx.costjalisco.gms.member.boundary.PersonService;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/** {@code members/edit/person.xhtml}: registers a person or edits one, with the same care as institutions. */
@Named
@ViewScoped
public class PersonEditBacking implements Serializable {

    @Inject
    private PersonService service;

    @Inject
    private Messages messages;

    private Long personId;
    private Person person;

    public void load() {
        if (personId == null) {
            person = new Person();
            return;
        }
        person = service.find(personId).orElse(null);
        if (person == null) {
            Pages.notFound();
        }
    }

    public String save() {
        boolean isNew = person.isNew();
        try {
            Person saved = isNew ? service.create(person) : service.update(person);
            messages.info(isNew ? "person.created" : "person.saved", saved.getFullName());
            messages.keepForRedirect();
            return "/members/person?faces-redirect=true&id=" + saved.getId();
        } catch (ConcurrentChangeException changed) {
            person = service.find(personId).orElseThrow();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error("form", refused);
        }
        return null;
    }

    public boolean isNew() {
        return person == null || person.isNew();
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
}
