package mx.costjalisco.gms.platform.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;

/** Whether one of Jalisco's state rest days is observed; a missing row means the default. */
@Entity
@Table(name = "state_rest_day_setting")
public class StateRestDaySetting extends BaseEntity implements Auditable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private StateRestDay code;

    @Column(nullable = false)
    private boolean observed;

    protected StateRestDaySetting() {}

    public StateRestDaySetting(StateRestDay code, boolean observed) {
        this.code = code;
        this.observed = observed;
    }

    public void observe(boolean observed) {
        this.observed = observed;
    }

    @Override
    public String auditLabel() {
        return code.name();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("observed", observed);
        return state;
    }

    public StateRestDay getCode() {
        return code;
    }

    public boolean isObserved() {
        return observed;
    }
}
