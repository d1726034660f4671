package mx.costjalisco.gms.disclosure.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import mx.costjalisco.gms.disclosure.entity.ProjectSummary;
import tools.jackson.databind.JsonNode;

/**
 * Reads what the GMS keeps of an OC4IDS project (already normalised): title, status, sector, public authority,
 * period, budget, location names, last update, and which CoST IDS points it publishes.
 */
public final class ProjectReading {

    private ProjectReading() {}

    /** A publisher as the feed names it: the public authority's id and name, and other identifiers of it. */
    public record Publisher(String key, String id, String name, Set<String> identifiers) {}

    public static ProjectSummary summary(JsonNode project, Publisher publisher) {
        IdsCompleteness completeness = IdsCompleteness.of(project);
        JsonNode period = project.path("period");
        JsonNode budget = project.path("budget").path("amount");
        BigDecimal amount =
                budget.path("amount").isNumber() ? budget.path("amount").decimalValue() : null;
        if (amount != null && (amount.abs().compareTo(new BigDecimal("1e18")) >= 0)) {
            amount = null; // beyond the column: shown from the JSON, not summarised
        }
        return new ProjectSummary(
                text(project.get("id")),
                text(project.get("title")),
                text(project.get("status")),
                joined(project.get("sector")),
                publisher == null ? null : publisher.key(),
                publisher == null ? null : publisher.name(),
                date(period.get("startDate")),
                date(period.get("endDate")),
                amount == null ? null : amount.setScale(2, java.math.RoundingMode.HALF_UP),
                amount == null ? null : text(budget.get("currency")),
                locations(project.get("locations")),
                text(project.get("updated")),
                completeness.codes(),
                completeness.count());
    }

    /**
     * The project's publisher: its {@code publicAuthority}, or else the first party with the role
     * {@code publicAuthority}; with the identifiers of that party ({@code identifier.id}, {@code scheme-id},
     * {@code additionalIdentifiers}). Null when the project names none.
     */
    public static Publisher publisher(JsonNode project) {
        JsonNode authority = project.path("publicAuthority");
        String id = text(authority.get("id"));
        String name = text(authority.get("name"));
        JsonNode party = null;
        for (JsonNode candidate : iterable(project.get("parties"))) {
            boolean sameId = id != null && id.equals(text(candidate.get("id")));
            boolean hasRole = false;
            for (JsonNode role : iterable(candidate.get("roles"))) {
                hasRole |= "publicAuthority".equals(text(role));
            }
            if (sameId || (id == null && name == null && hasRole)) {
                party = candidate;
                break;
            }
        }
        if (party != null) {
            id = id != null ? id : text(party.get("id"));
            name = name != null ? name : text(party.get("name"));
        }
        if (id == null && name == null) {
            return null;
        }
        Set<String> identifiers = new LinkedHashSet<>();
        if (id != null) {
            identifiers.add(id.toLowerCase(Locale.ROOT));
        }
        if (party != null) {
            addIdentifier(identifiers, party.get("identifier"));
            for (JsonNode other : iterable(party.get("additionalIdentifiers"))) {
                addIdentifier(identifiers, other);
            }
        }
        String key = id != null ? "id:" + id : "name:" + FeedNormaliser.key(name);
        return new Publisher(key, id, name, identifiers);
    }

    private static void addIdentifier(Set<String> identifiers, JsonNode identifier) {
        if (identifier == null) {
            return;
        }
        String scheme = text(identifier.get("scheme"));
        String id = text(identifier.get("id"));
        if (id != null) {
            identifiers.add(id.toLowerCase(Locale.ROOT));
            if (scheme != null) {
                identifiers.add((scheme + "-" + id).toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String locations(JsonNode locations) {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode location : iterable(locations)) {
            String description = text(location.get("description"));
            if (description != null) {
                names.add(description);
            }
            JsonNode address = location.path("address");
            List<String> parts = new ArrayList<>();
            for (String field : List.of("locality", "region")) {
                String part = text(address.get(field));
                if (part != null) {
                    parts.add(part);
                }
            }
            if (!parts.isEmpty()) {
                names.add(String.join(", ", parts));
            }
        }
        return names.isEmpty() ? null : String.join("; ", names);
    }

    private static String joined(JsonNode values) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : iterable(values)) {
            String text = text(value);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : String.join(", ", texts);
    }

    /** The day of an ISO 8601 date or date-time, as written (its first ten characters); null when not one. */
    static LocalDate date(JsonNode node) {
        String text = text(node);
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String text(JsonNode node) {
        return FeedNormaliser.textOf(node);
    }

    static Iterable<JsonNode> iterable(JsonNode node) {
        return node != null && node.isArray() ? node : List.of();
    }
}
