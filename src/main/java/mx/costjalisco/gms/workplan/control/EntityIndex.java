package mx.costjalisco.gms.workplan.control;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import mx.costjalisco.gms.platform.persistence.BaseEntity;

/**
 * Values kept by entity, found again from the same instance or from another one with the same id: entries and evidence
 * loaded by one query point at activities and targets that a report may hold as other instances. Entities not yet
 * stored (in tests) are found by instance only. {@link BaseEntity}'s constant hash code would make a hash map scan.
 */
final class EntityIndex<K extends BaseEntity, V> {

    private final Map<K, V> byInstance = new IdentityHashMap<>();
    private final Map<Long, V> byId = new HashMap<>();

    void put(K key, V value) {
        byInstance.put(key, value);
        if (key.getId() != null) {
            byId.put(key.getId(), value);
        }
    }

    /** The value kept for {@code key}, or null. */
    V get(K key) {
        V value = byInstance.get(key);
        return value != null || key.getId() == null ? value : byId.get(key.getId());
    }
}
