package mx.costjalisco.gms.disclosure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.disclosure.boundary.DisclosureReads;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;

/** {@code disclosure/entities.xhtml}: the publishing entities, with how many agreements each signed and has in force. */
@Named
@ViewScoped
public class EntitiesBacking implements Serializable {

    @Inject
    private DisclosureReads reads;

    private List<PublishingEntity> entities;
    private final Map<Long, int[]> counts = new HashMap<>();

    public void load() {
        entities = reads.entities();
        LocalDate today = reads.today();
        counts.clear();
        for (ParticipationAgreement a : reads.agreements()) {
            int[] count = counts.computeIfAbsent(a.getEntity().getId(), id -> new int[2]);
            if (a.wasSigned()) {
                count[0]++;
            }
            if (a.isInForce(today)) {
                count[1]++;
            }
        }
    }

    public List<PublishingEntity> getEntities() {
        return entities;
    }

    public int signed(PublishingEntity entity) {
        return counts.getOrDefault(entity.getId(), new int[2])[0];
    }

    public int inForce(PublishingEntity entity) {
        return counts.getOrDefault(entity.getId(), new int[2])[1];
    }
}
