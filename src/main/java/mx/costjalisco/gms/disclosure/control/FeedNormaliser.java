package mx.costjalisco.gms.disclosure.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CoST Jalisco's feed deviates from OC4IDS 0.9 in known ways (design.md): the package says version "1.0", a
 * single-project export carries {@code projects} as an object, a project carries {@code contractingProcess} in the
 * singular, and status, type and sector come as local Spanish codes. Each is accepted, normalised to the standard
 * for validation and summary, and named in the report as a warning. The publisher's JSON itself is kept as received.
 */
public final class FeedNormaliser {

    /** The OC4IDS version the application reads. */
    public static final String VERSION = "0.9";

    private static final Map<String, String> STATUS = Map.ofEntries(
            Map.entry("identificacion", "identification"),
            Map.entry("preparacion", "preparation"),
            Map.entry("en preparacion", "preparation"),
            Map.entry("planeacion", "preparation"),
            Map.entry("en planeacion", "preparation"),
            Map.entry("ejecucion", "implementation"),
            Map.entry("en ejecucion", "implementation"),
            Map.entry("en proceso", "implementation"),
            Map.entry("en construccion", "implementation"),
            Map.entry("implementacion", "implementation"),
            Map.entry("terminado", "completion"),
            Map.entry("terminada", "completion"),
            Map.entry("concluido", "completion"),
            Map.entry("concluida", "completion"),
            Map.entry("finalizado", "completion"),
            Map.entry("finalizada", "completion"),
            Map.entry("mantenimiento", "maintenance"),
            Map.entry("cancelado", "cancelled"),
            Map.entry("cancelada", "cancelled"));

    private static final Map<String, String> TYPE = Map.ofEntries(
            Map.entry("construccion", "construction"),
            Map.entry("obra nueva", "construction"),
            Map.entry("nueva", "construction"),
            Map.entry("rehabilitacion", "rehabilitation"),
            Map.entry("reemplazo", "replacement"),
            Map.entry("sustitucion", "replacement"),
            Map.entry("ampliacion", "expansion"),
            Map.entry("desmantelamiento", "decommissioning"));

    private static final Map<String, String> SECTOR = Map.ofEntries(
            Map.entry("transporte", "transport"),
            Map.entry("vialidad", "transport.road"),
            Map.entry("vialidades", "transport.road"),
            Map.entry("carreteras", "transport.road"),
            Map.entry("agua", "waterAndWaste"),
            Map.entry("agua potable", "waterAndWaste"),
            Map.entry("drenaje", "waterAndWaste"),
            Map.entry("educacion", "education"),
            Map.entry("salud", "health"),
            Map.entry("energia", "energy"),
            Map.entry("vivienda", "socialHousing"),
            Map.entry("cultura", "cultureSportsAndRecreation"),
            Map.entry("deporte", "cultureSportsAndRecreation"),
            Map.entry("seguridad", "securityAndDefence"),
            Map.entry("medio ambiente", "environment"),
            Map.entry("gobierno", "governance"));

    private static final Set<String> STATUS_CODES = Set.of(
            "identification",
            "preparation",
            "implementation",
            "completion",
            "maintenance",
            "decommissioning",
            "decommissioned",
            "cancelled");

    private static final Set<String> TYPE_CODES =
            Set.of("construction", "rehabilitation", "replacement", "expansion", "decommissioning");

    private final ImportReport report;

    public FeedNormaliser(ImportReport report) {
        this.report = report;
    }

    /** The package's own fields, with a version other than 0.x read as 0.9 (and said). */
    public ObjectNode envelope(PackageReader.Envelope envelope) {
        ObjectNode fields = envelope.fields().deepCopy();
        if (envelope.projectsAsObject()) {
            report.warn("PROJECTS_OBJECT", null);
        }
        JsonNode version = fields.get("version");
        if (version != null && version.isString() && !version.stringValue().startsWith("0.")) {
            report.warn("PACKAGE_VERSION", version.stringValue());
            fields.put("version", VERSION);
        }
        return fields;
    }

    /** The project as the standard would have it; {@code project} itself is not changed. */
    public JsonNode project(JsonNode project) {
        if (!project.isObject()) {
            return project;
        }
        ObjectNode copy = null;
        String id = textOf(project.get("id"));
        JsonNode singular = project.get("contractingProcess");
        if (singular != null && !project.has("contractingProcesses")) {
            copy = ((ObjectNode) project).deepCopy();
            ArrayNode processes = copy.putArray("contractingProcesses");
            if (singular.isArray()) {
                processes.addAll((ArrayNode) singular);
            } else {
                processes.add(singular);
            }
            copy.remove("contractingProcess");
            report.warn("CONTRACTING_PROCESS_SINGULAR", id);
        }
        copy = code(project, copy, "status", STATUS, STATUS_CODES, id);
        copy = code(project, copy, "type", TYPE, TYPE_CODES, id);
        JsonNode sector = project.get("sector");
        if (sector != null && sector.isArray()) {
            ArrayNode mapped = null;
            for (int i = 0; i < sector.size(); i++) {
                String value = textOf(sector.get(i));
                String code = value == null ? null : SECTOR.get(key(value));
                if (code != null) {
                    if (mapped == null) {
                        copy = copy == null ? ((ObjectNode) project).deepCopy() : copy;
                        mapped = (ArrayNode) copy.get("sector");
                    }
                    mapped.set(i, code);
                    report.warn("LOCAL_CODE", id, "sector", value, code);
                }
            }
            if (mapped != null) {
                deduplicate(mapped);
            }
        }
        return copy == null ? project : copy;
    }

    private ObjectNode code(
            JsonNode project, ObjectNode copy, String field, Map<String, String> local, Set<String> codes, String id) {
        String value = textOf(project.get(field));
        if (value == null || codes.contains(value)) {
            return copy;
        }
        String code = local.get(key(value));
        if (code == null) {
            return copy; // not a known local code: the schema says what is wrong with it
        }
        ObjectNode target = copy == null ? ((ObjectNode) project).deepCopy() : copy;
        target.put(field, code);
        report.warn("LOCAL_CODE", id, field, value, code);
        return target;
    }

    private static void deduplicate(ArrayNode values) {
        java.util.LinkedHashSet<String> seen = new java.util.LinkedHashSet<>();
        values.forEach(v -> seen.add(v.asString()));
        values.removeAll();
        seen.forEach(values::add);
    }

    /** A local code as compared: lower case, without accents, single spaces for spaces, underscores and dashes. */
    static String key(String value) {
        String plain = Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ").trim();
    }

    static String textOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isString()) {
            String text = node.stringValue().strip();
            return text.isEmpty() ? null : text;
        }
        return node.isNumber() ? node.asString() : null;
    }
}
