package mx.costjalisco.gms.disclosure.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an import found besides its counts: each deviation of the feed (a warning, counted, with a few examples), each
 * invalid project with its reasons (field path and problem, in Spanish), and each publisher no entity matched. Kept
 * with the import as JSON; bounded, so a package of 20,000 bad projects does not make a 20,000-entry report.
 */
public final class ImportReport {

    /** At most this many invalid projects are described one by one (all are counted). */
    public static final int MAX_INVALID_LISTED = 500;

    /** At most this many problems are listed per project. */
    public static final int MAX_PROBLEMS = 20;

    /** At most this many example projects per warning. */
    public static final int MAX_EXAMPLES = 10;

    /** A deviation of the feed, e.g. {@code LOCAL_CODE}, how often it occurred, and examples. */
    public record Warning(String code, int count, List<List<String>> examples) {}

    /**
     * One problem of a project: where (a JSON path such as {@code /budget/amount}) and what — in Spanish, or the
     * application's own bundle key after "#" — with the validator's English wording where it has one.
     */
    public record Problem(String path, String message, String english) {

        public Problem(String path, String message) {
            this(path, message, null);
        }
    }

    /** A project not taken: its position in the package, its id if it had one, and why. */
    public record Invalid(int index, String id, List<Problem> problems) {}

    /** A publisher named by the feed that no entity matched (yet). */
    public record Unmatched(String key, String id, String name, int projects) {}

    /** The whole report, as stored. */
    public record Content(
            List<Warning> warnings, List<Invalid> invalid, int invalidNotListed, List<Unmatched> unmatched) {}

    private final Map<String, Warning> warnings = new LinkedHashMap<>();
    private final List<Invalid> invalid = new ArrayList<>();
    private int invalidCount;
    private final Map<String, Unmatched> unmatched = new LinkedHashMap<>();

    /** Notes a deviation; the details (project id, field, value…) become one example. */
    public void warn(String code, String... details) {
        Warning before = warnings.get(code);
        List<List<String>> examples = before == null ? new ArrayList<>() : before.examples();
        if (examples.size() < MAX_EXAMPLES && details != null) {
            List<String> example = new ArrayList<>();
            for (String detail : details) {
                example.add(detail == null ? "" : detail);
            }
            if (!example.isEmpty() && !examples.contains(example)) {
                examples.add(example);
            }
        }
        warnings.put(code, new Warning(code, before == null ? 1 : before.count() + 1, examples));
    }

    public void invalid(int index, String id, List<Problem> problems) {
        invalidCount++;
        if (invalid.size() < MAX_INVALID_LISTED) {
            invalid.add(new Invalid(
                    index,
                    id,
                    problems.size() > MAX_PROBLEMS ? List.copyOf(problems.subList(0, MAX_PROBLEMS)) : problems));
        }
    }

    public void unmatched(String key, String id, String name) {
        Unmatched before = unmatched.get(key);
        unmatched.put(key, new Unmatched(key, id, name, before == null ? 1 : before.projects() + 1));
    }

    public int invalidCount() {
        return invalidCount;
    }

    public int unmatchedProjects() {
        return unmatched.values().stream().mapToInt(Unmatched::projects).sum();
    }

    public Content content() {
        return new Content(
                List.copyOf(warnings.values()),
                List.copyOf(invalid),
                invalidCount - invalid.size(),
                List.copyOf(unmatched.values()));
    }

    public String toJson(JsonMapper mapper) {
        return mapper.writeValueAsString(content());
    }

    public static Content fromJson(JsonMapper mapper, String json) {
        if (json == null || json.isBlank()) {
            return new Content(List.of(), List.of(), 0, List.of());
        }
        return mapper.readValue(json, Content.class);
    }
}
