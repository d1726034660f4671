package mx.costjalisco.gms.disclosure.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Whether a field of an OC4IDS project is published, the readings {@link IdsPoint}'s checks are made of. A field is
 * published when it is present and says something: a non-blank string, a number or a boolean, or an array or object
 * holding at least one published value. So {@code ""}, {@code []}, {@code [""]} and {@code {}} are not.
 */
final class Published {

    private Published() {}

    /** A present value that says something (see the class comment). */
    static boolean value(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isString()) {
            return !node.stringValue().isBlank();
        }
        if (node.isContainer()) {
            return node.values().stream().anyMatch(Published::value);
        }
        return true;
    }

    /** A non-blank string. */
    static boolean text(JsonNode node) {
        return node != null && node.isString() && !node.stringValue().isBlank();
    }

    /** A {@code Value} object with its {@code amount}: a currency alone is not a price. */
    static boolean amount(JsonNode value) {
        return value(value.path("amount"));
    }

    /** The entries of an array; none for anything else. */
    static Stream<JsonNode> each(JsonNode array) {
        return array.isArray() ? array.values().stream() : Stream.empty();
    }

    /** A party with the role that also meets the condition. */
    static boolean party(JsonNode project, String role, Predicate<JsonNode> condition) {
        return each(project.path("parties"))
                .filter(party -> each(party.path("roles")).anyMatch(r -> r.isString() && role.equals(r.stringValue())))
                .anyMatch(condition);
    }

    /** A party with the role and a name. */
    static boolean namedParty(JsonNode project, String role) {
        return party(project, role, party -> text(party.path("name")));
    }

    /** An organization reference ({@code name}, {@code id}) that gives the organization's name. */
    static boolean named(JsonNode reference) {
        return text(reference.path("name"));
    }

    /**
     * A project document of one of the types that describes or links to the document ({@code description} or
     * {@code url}), as the mapping asks; a bare type or title is not a disclosure.
     */
    static boolean document(JsonNode project, String... types) {
        return documents(project, types).findAny().isPresent();
    }

    /** The project documents of one of the types that describe or link to the document. */
    static Stream<JsonNode> documents(JsonNode project, String... types) {
        Set<String> wanted = Set.of(types);
        return each(project.path("documents"))
                .filter(d -> d.path("documentType").isString()
                        && wanted.contains(d.path("documentType").stringValue()))
                .filter(d -> text(d.path("description")) || text(d.path("url")));
    }

    /** At least one contracting process whose {@code summary} meets the condition. */
    static boolean inAnyProcess(JsonNode project, Predicate<JsonNode> onSummary) {
        return each(project.path("contractingProcesses"))
                .map(p -> p.path("summary"))
                .anyMatch(onSummary);
    }

    /** A modification in the summary of one of the types, with the field given as text. */
    static boolean modification(JsonNode summary, String field, String... types) {
        Set<String> wanted = Set.of(types);
        return each(summary.path("modifications"))
                .filter(m -> m.path("type").isString()
                        && wanted.contains(m.path("type").stringValue()))
                .anyMatch(m -> text(m.path(field)));
    }

    /** The day of an ISO 8601 date or date-time ({@code 2018-12-10T00:00:00Z}); empty when it is none. */
    static Optional<LocalDate> day(JsonNode node) {
        if (!text(node) || node.stringValue().length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(node.stringValue().substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
