package mx.costjalisco.gms.disclosure.control;

import java.io.Serializable;
import java.time.LocalDate;
import mx.costjalisco.gms.disclosure.entity.EntityKind;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;

/** A publishing entity as the manager's form holds it, before the rules accept it. */
public class EntityDraft implements Serializable {

    private Long id;
    private long version;
    private String name;
    private String shortName;
    private EntityKind kind;
    private String partyId;
    private Long institutionId;
    private LocalDate joinedOn;
    private String notes;

    public static EntityDraft of(PublishingEntity entity) {
        EntityDraft draft = new EntityDraft();
        draft.id = entity.getId();
        draft.version = entity.getVersion();
        draft.name = entity.getName();
        draft.shortName = entity.getShortName();
        draft.kind = entity.getKind();
        draft.partyId = entity.getPartyId();
        draft.institutionId =
                entity.getInstitution() == null ? null : entity.getInstitution().getId();
        draft.joinedOn = entity.getJoinedOn();
        draft.notes = entity.getNotes();
        return draft;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public EntityKind getKind() {
        return kind;
    }

    public void setKind(EntityKind kind) {
        this.kind = kind;
    }

    public String getPartyId() {
        return partyId;
    }

    public void setPartyId(String partyId) {
        this.partyId = partyId;
    }

    public Long getInstitutionId() {
        return institutionId;
    }

    public void setInstitutionId(Long institutionId) {
        this.institutionId = institutionId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
