package mx.costjalisco.gms.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One field's value before and after a change; {@code null} where the field had no value. */
public record FieldChange(String field, String before, String after) implements Serializable {

    /** The fields whose values differ between two states, in the order the states list them. */
    public static List<FieldChange> between(Map<String, ?> before, Map<String, ?> after) {
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String was = text(before.get(field));
            String is = text(after.get(field));
            if (!Objects.equals(was, is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return changes;
    }

    /** Every non-empty field of a new record, as changes from nothing. */
    public static List<FieldChange> created(Map<String, ?> state) {
        return between(Map.of(), state);
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        String text = value.toString();
        return text.isEmpty() ? null : text;
    }

    public static String toJson(List<FieldChange> changes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (FieldChange change : changes) {
            array.add(Json.createObjectBuilder()
                    .add("field", change.field())
                    .add("before", change.before() == null ? JsonValue.NULL : Json.createValue(change.before()))
                    .add("after", change.after() == null ? JsonValue.NULL : Json.createValue(change.after())));
        }
        return array.build().toString();
    }

    public static List<FieldChange> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<FieldChange> changes = new ArrayList<>(array.size());
            for (JsonValue value : array) {
                JsonObject object = value.asJsonObject();
                changes.add(new FieldChange(
                        object.getString("field"),
                        object.isNull("before") ? null : object.getString("before"),
                        object.isNull("after") ? null : object.getString("after")));
            }
            return changes;
        }
    }
}
