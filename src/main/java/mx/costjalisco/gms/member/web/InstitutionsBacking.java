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
import mx.costjalisco.gms.member.boundary.CompositionService;
import mx.costjalisco.gms.member.control.Composition;
import mx.costjalisco.gms.member.control.InstitutionSearch;
import mx.costjalisco.gms.member.control.InstitutionSearch.Filter;
import mx.costjalisco.gms.member.control.TermPolicy;
import mx.costjalisco.gms.member.control.TermWatch;
import mx.costjalisco.gms.member.entity.Appointment;
import mx.costjalisco.gms.member.entity.AppointmentRole;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.web.PagedModel;
import mx.costjalisco.gms.platform.web.Tables;

/** {@code members/institutions.xhtml}: the composition against the seats, and the lazy list of institutions. */
@Named
@ViewScoped
public class InstitutionsBacking implements Serializable {

    /** One line of the list: the institution, its current titular and suplente, and whether its term is ending. */
    public record Row(Institution institution, String primary, String alternate, TermWatch.State term)
            implements Serializable {}

    @Inject
    private InstitutionSearch search;

    @Inject
    private CompositionService compositionService;

    @Inject
    private Clock clock;

    @Inject
    private TermPolicy termPolicy;

    private String text;
    private Sector sector;
    private InstitutionType type;
    private boolean includeHistory;
    private Composition composition;
    private PagedModel<Row> institutions;

    @PostConstruct
    void init() {
        composition = compositionService.composition();
        institutions = new PagedModel<>(
                () -> search.count(filter()),
                this::page,
                row -> row.institution().getId());
    }

    private List<Row> page(int first, int size, String sortField, boolean ascending) {
        LocalDate today = LocalDate.now(clock);
        List<Institution> page = search.find(filter(), first, size, sortField, ascending);
        Map<Long, List<Appointment>> current =
                search.currentAppointments(page.stream().map(Institution::getId).toList(), today);
        TermWatch terms = termPolicy.today();
        return page.stream()
                .map(institution -> {
                    List<Appointment> appointments = current.getOrDefault(institution.getId(), List.of());
                    return new Row(
                            institution,
                            holder(appointments, AppointmentRole.PRIMARY),
                            holder(appointments, AppointmentRole.ALTERNATE),
                            terms.stateOf(institution));
                })
                .toList();
    }

    private static String holder(List<Appointment> appointments, AppointmentRole role) {
        return appointments.stream()
                .filter(a -> a.getRole() == role)
                .map(a -> a.getPerson().getFullName())
                .findFirst()
                .orElse(null);
    }

    /** A new filter shows its first page. */
    public void filterChanged() {
        Tables.showFirstPage("list:institutions");
    }

    private Filter filter() {
        return new Filter(text, sector, type, includeHistory, LocalDate.now(clock));
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public Composition getComposition() {
        return composition;
    }

    public PagedModel<Row> getInstitutions() {
        return institutions;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public boolean isIncludeHistory() {
        return includeHistory;
    }

    public void setIncludeHistory(boolean includeHistory) {
        this.includeHistory = includeHistory;
    }
}
