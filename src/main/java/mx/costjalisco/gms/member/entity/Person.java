package mx.costjalisco.gms.member.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.audit.Auditable;
import mx.costjalisco.gms.platform.persistence.BaseEntity;
import mx.costjalisco.gms.platform.security.Account;

/**
 * A person of the registry: a representative, a liaison, an office holder. The e-mail address is where convocations
 * and minutes go, and no two people share one. Demo people are marked fictitious and the pages say so.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.FIND_BY_EMAIL, query = "SELECT p FROM Person p WHERE p.email = :email")
public class Person extends BaseEntity implements Auditable {

    public static final String FIND_BY_EMAIL = "Person.findByEmail";
    public static final int NAME_MAXLENGTH = 200;
    public static final int EMAIL_MAXLENGTH = 254;
    public static final int PHONE_MAXLENGTH = 40;
    public static final int POSITION_MAXLENGTH = 200;
    public static final int NOTES_MAXLENGTH = 2000;

    @Column(name = "full_name", nullable = false, length = NAME_MAXLENGTH)
    @NotBlank
    @Size(max = NAME_MAXLENGTH)
    private String fullName;

    @Column(nullable = false, length = EMAIL_MAXLENGTH)
    @NotBlank
    @Email
    @Size(max = EMAIL_MAXLENGTH)
    private String email;

    @Column(length = PHONE_MAXLENGTH)
    @Size(max = PHONE_MAXLENGTH)
    @Pattern(regexp = "[0-9+()\\-. ext]*", message = "{gms.phone}")
    private String phone;

    @Column(length = POSITION_MAXLENGTH)
    @Size(max = POSITION_MAXLENGTH)
    private String position;

    @Column(length = NOTES_MAXLENGTH)
    @Size(max = NOTES_MAXLENGTH)
    private String notes;

    @Column(nullable = false)
    private boolean fictitious;

    public Person() {}

    public Person(String fullName, String email) {
        setFullName(fullName);
        setEmail(email);
    }

    public static String normalizeEmail(String email) {
        return Institution.trim(Account.normalizeEmail(email)); // the accounts' form, and blank is no address
    }

    public void updateFrom(Person edited) {
        fullName = edited.fullName;
        email = edited.email;
        phone = edited.phone;
        position = edited.position;
        notes = edited.notes;
    }

    @Override
    public String auditLabel() {
        return fullName;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("fullName", fullName);
        state.put("email", email);
        state.put("phone", phone);
        state.put("position", position);
        state.put("notes", notes);
        state.put("fictitious", fictitious);
        return state;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = Institution.trim(fullName);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = normalizeEmail(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = Institution.trim(phone);
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = Institution.trim(position);
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = Institution.trim(notes);
    }

    public boolean isFictitious() {
        return fictitious;
    }

    public void setFictitious(boolean fictitious) {
        this.fictitious = fictitious;
    }
}
