package mx.costjalisco.gms.minutes.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import mx.costjalisco.gms.platform.files.Sha256;

/**
 * The canonical form of a version's content: JSON with the fields always in the same order and no whitespace, so the
 * same words always give the same bytes and the same SHA-256. Stored whole with each version and read back to show,
 * compare or print it.
 */
public final class MinutesJson {

    private MinutesJson() {}

    public static String write(MinutesContent content) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("document", content.document()).write("meetingName", content.meetingName());
            string(json, "kindLabel", content.kindLabel());
            json.write("day", content.day().toString());
            string(
                    json,
                    "startsAt",
                    content.startsAt() == null ? null : content.startsAt().toString());
            string(
                    json,
                    "endsAt",
                    content.endsAt() == null ? null : content.endsAt().toString());
            string(json, "place", content.place());
            string(json, "chair", content.chair());
            string(json, "secretary", content.secretary());
            json.writeStartArray("attendance");
            for (var a : content.attendance()) {
                json.writeStartObject();
                string(json, "institution", a.institution());
                string(json, "sector", a.sector());
                string(json, "status", a.status());
                string(json, "representative", a.representative());
                json.write("present", a.present()).writeEnd();
            }
            json.writeEnd();
            string(json, "quorumStatement", content.quorumStatement());
            json.writeStartArray("items");
            for (var item : content.items()) {
                json.writeStartObject().write("agendaItemId", item.agendaItemId());
                string(json, "number", item.number());
                string(json, "title", item.title());
                json.write("narrativeHtml", item.narrativeHtml()).writeEnd();
            }
            json.writeEnd().writeStartArray("agreements");
            for (var agreement : content.agreements()) {
                json.writeStartObject();
                string(json, "number", agreement.number());
                string(json, "text", agreement.text());
                string(json, "vote", agreement.vote());
                string(json, "result", agreement.result());
                json.writeEnd();
            }
            json.writeEnd().writeStartArray("actions");
            for (var action : content.actions()) {
                json.writeStartObject();
                string(json, "agreementNumber", action.agreementNumber());
                string(json, "description", action.description());
                string(json, "responsible", action.responsible());
                string(
                        json,
                        "dueOn",
                        action.dueOn() == null ? null : action.dueOn().toString());
                string(json, "status", action.status());
                json.writeEnd();
            }
            json.writeEnd().writeEnd();
        }
        return out.toString();
    }

    public static MinutesContent read(String text) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(text))) {
            json = reader.readObject();
        }
        return new MinutesContent(
                json.getString("document"),
                json.getString("meetingName"),
                string(json, "kindLabel"),
                LocalDate.parse(json.getString("day")),
                time(string(json, "startsAt")),
                time(string(json, "endsAt")),
                string(json, "place"),
                string(json, "chair"),
                string(json, "secretary"),
                list(
                        json.getJsonArray("attendance"),
                        a -> new MinutesContent.Attendee(
                                string(a, "institution"),
                                string(a, "sector"),
                                string(a, "status"),
                                string(a, "representative"),
                                a.getBoolean("present"))),
                string(json, "quorumStatement"),
                list(
                        json.getJsonArray("items"),
                        i -> new MinutesContent.Item(
                                i.getJsonNumber("agendaItemId").longValue(),
                                string(i, "number"),
                                string(i, "title"),
                                i.getString("narrativeHtml"))),
                list(
                        json.getJsonArray("agreements"),
                        a -> new MinutesContent.Agreement(
                                string(a, "number"), string(a, "text"), string(a, "vote"), string(a, "result"))),
                list(
                        json.getJsonArray("actions"),
                        a -> new MinutesContent.Action(
                                string(a, "agreementNumber"),
                                string(a, "description"),
                                string(a, "responsible"),
                                string(a, "dueOn") == null ? null : LocalDate.parse(string(a, "dueOn")),
                                string(a, "status"))));
    }

    /** The SHA-256 of the canonical JSON, in lower-case hex: the version's identity for approvals. */
    public static String hash(String canonicalJson) {
        return Sha256.hex(canonicalJson);
    }

    private static void string(JsonGenerator json, String name, String value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value);
        }
    }

    private static String string(JsonObject json, String name) {
        return json.isNull(name) ? null : json.getString(name);
    }

    private static LocalTime time(String text) {
        return text == null ? null : LocalTime.parse(text);
    }

    private static <T> List<T> list(JsonArray array, Function<JsonObject, T> reader) {
        return array.stream().map(JsonValue::asJsonObject).map(reader).toList();
    }
}
