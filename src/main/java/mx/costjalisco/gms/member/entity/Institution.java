package mx.costjalisco.gms.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.Period;

/**
 * A member institution of the GMS, or an observer (voice, no vote; art. 24–25). Its membership runs from the day it
 * joined — approved in a session or by an act — to the day it left; leaving keeps it in the registry.
 *
 * <p>Private-sector, civil-society and academic members serve two-year terms, renewable; public institutions serve
 * for their administration's period (art. 11). {@link #getTermEndsOn()} holds the end of the current term so the
 * registry can warn before it comes.
 */
@Entity
@Table(name = "institution")
public class Institution extends BaseEntity implements Auditable, Period {

    public static final int NAME_MAXLENGTH = 200;
    public static final int ACRONYM_MAXLENGTH = 30;
    public static final int APPROVED_BY_MAXLENGTH = 300;
    public static final int REASON_MAXLENGTH = 500;
    public static final int NOTES_MAXLENGTH = 2000;
    /** Non-public members serve two-year terms (art. 11). */
    public static final int TERM_YEARS = 2;

    @Column(nullable = false, length = NAME_MAXLENGTH)
    @NotBlank
    @Size(max = NAME_MAXLENGTH)
    private String name;

    @Column(length = ACRONYM_MAXLENGTH)
    @Size(max = ACRONYM_MAXLENGTH)
    private String acronym;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    @NotNull
    private Sector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "institution_type", nullable = false, length = 40)
    @NotNull
    private InstitutionType type;

    @Column(nullable = false)
    private boolean observer;

    @Column(name = "joined_on", nullable = false)
    @NotNull
    private LocalDate joinedOn;

    @Column(name = "approved_by", length = APPROVED_BY_MAXLENGTH)
    @Size(max = APPROVED_BY_MAXLENGTH)
    private String approvedBy;

    @Column(name = "term_ends_on")
    private LocalDate termEndsOn;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "left_reason", length = REASON_MAXLENGTH)
    @Size(max = REASON_MAXLENGTH)
    private String leftReason;

    @Column(length = NOTES_MAXLENGTH)
    @Size(max = NOTES_MAXLENGTH)
    private String notes;

    public Institution() {}

    public Institution(String name, Sector sector, InstitutionType type, LocalDate joinedOn) {
        this.name = name;
        this.sector = sector;
        this.type = type;
        this.joinedOn = joinedOn;
    }

    /** Copies what a form may change; membership ends through {@link #leave}, never through a form. */
    public void updateFrom(Institution edited) {
        name = edited.name;
        acronym = edited.acronym;
        sector = edited.sector;
        type = edited.type;
        observer = edited.observer;
        joinedOn = edited.joinedOn;
        approvedBy = edited.approvedBy;
        termEndsOn = edited.termEndsOn;
        notes = edited.notes;
    }

    /** Ends the membership on the given day (the last day it is a member). */
    public void leave(LocalDate lastDay, String reason) {
        this.leftOn = lastDay;
        this.leftReason = reason;
    }

    /**
     * The end of a first term when none is given: two years for the private sector, civil society and academia;
     * public institutions serve their administration's period, which only the user knows.
     */
    public static LocalDate defaultTermEnd(Sector sector, LocalDate joinedOn) {
        if (sector == null || joinedOn == null || sector == Sector.GOVERNMENT) {
            return null;
        }
        return joinedOn.plusYears(TERM_YEARS).minusDays(1);
    }

    /** Whether it holds a seat with a vote (a member, not an observer). */
    public boolean isVoting() {
        return !observer;
    }

    @Override
    public LocalDate getStartsOn() {
        return joinedOn;
    }

    @Override
    public LocalDate getEndsOn() {
        return leftOn;
    }

    @Override
    public String auditLabel() {
        return acronym == null || acronym.isBlank() ? name : name + " (" + acronym + ")";
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("name", name);
        state.put("acronym", acronym);
        state.put("sector", sector);
        state.put("type", type);
        state.put("observer", observer);
        state.put("joinedOn", joinedOn);
        state.put("approvedBy", approvedBy);
        state.put("termEndsOn", termEndsOn);
        state.put("leftOn", leftOn);
        state.put("leftReason", leftReason);
        state.put("notes", notes);
        return state;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trim(name);
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = trim(acronym);
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

    public boolean isObserver() {
        return observer;
    }

    public void setObserver(boolean observer) {
        this.observer = observer;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = trim(approvedBy);
    }

    public LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    public void setTermEndsOn(LocalDate termEndsOn) {
        this.termEndsOn = termEndsOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public String getLeftReason() {
        return leftReason;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = trim(notes);
    }

    static String trim(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
