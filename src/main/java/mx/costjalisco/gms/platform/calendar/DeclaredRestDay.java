package mx.costjalisco.gms.platform.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.persistence.InstantConverter;

/**
 * A non-working day the secretary declares on top of the law's rest days — Holy Week, the year-end vacations the
 * state announces each year. Withdrawing one keeps it in the record.
 */
@Entity
@Table(name = "declared_rest_day")
@NamedQuery(
        name = DeclaredRestDay.FIND_ACTIVE,
        query = "SELECT d FROM DeclaredRestDay d WHERE d.withdrawnAt IS NULL ORDER BY d.day")
public class DeclaredRestDay extends BaseEntity implements Auditable {

    public static final String FIND_ACTIVE = "DeclaredRestDay.findActive";
    public static final int DESCRIPTION_MAXLENGTH = 200;

    @Column(name = "rest_day", nullable = false)
    @NotNull
    private LocalDate day;

    @Column(nullable = false, length = DESCRIPTION_MAXLENGTH)
    @NotBlank
    @Size(max = DESCRIPTION_MAXLENGTH)
    private String description;

    @Column(name = "withdrawn_at")
    @Convert(converter = InstantConverter.class)
    private Instant withdrawnAt;

    protected DeclaredRestDay() {}

    public DeclaredRestDay(LocalDate day, String description) {
        this.day = day;
        this.description = description;
    }

    public void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    public RestDay toRestDay() {
        return new RestDay(day, RestDay.Origin.DECLARED, "restDay.declared", description);
    }

    @Override
    public String auditLabel() {
        return day + " — " + description;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("day", day);
        state.put("description", description);
        state.put("withdrawnAt", withdrawnAt);
        return state;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getDescription() {
        return description;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
