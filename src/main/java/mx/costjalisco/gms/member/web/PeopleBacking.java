package mx.costjalisco.gms.member.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.member.control.PersonSearch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.web.PagedModel;
import mx.costjalisco.gms.platform.web.Tables;

/** {@code members/people.xhtml}: the lazy list of people with the roles they hold now. */
@Named
@ViewScoped
public class PeopleBacking implements Serializable {

    /** One line: the person and their current appointments. */
    public record Row(Person person, List<Appointment> appointments) implements Serializable {}

    @Inject
    private PersonSearch search;

    @Inject
    private Clock clock;

    private String text;
    private PagedModel<Row> people;

    @PostConstruct
    void init() {
        people = new PagedModel<>(
                () -> search.count(text), this::page, row -> row.person().getId());
    }

    private List<Row> page(int first, int size, String sortField, boolean ascending) {
        List<Person> page = search.find(text, first, size, sortField, ascending);
        Map<Long, List<Appointment>> current =
                search.currentAppointments(page.stream().map(Person::getId).toList(), LocalDate.now(clock));
        return page.stream()
                .map(person -> new Row(person, current.getOrDefault(person.getId(), List.of())))
                .toList();
    }

    /** A new search shows its first page. */
    public void filterChanged() {
        Tables.showFirstPage("list:people");
    }

    public PagedModel<Row> getPeople() {
        return people;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
