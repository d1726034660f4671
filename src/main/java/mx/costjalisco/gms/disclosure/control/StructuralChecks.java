package mx.costjalisco.gms.disclosure.control;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The application's own checks of a project, used when no OC4IDS schema could be had: what the GMS itself reads must
 * have the right shape. Messages are keys of the bundle (prefixed {@code #}), worded when shown.
 */
public final class StructuralChecks {

    public static final String NOT_AN_OBJECT = "#disclosure.problem.notObject";
    public static final String NO_ID = "#disclosure.problem.noId";
    public static final String NOT_TEXT = "#disclosure.problem.notText";
    public static final String NOT_LIST = "#disclosure.problem.notList";
    public static final String NOT_OBJECT_FIELD = "#disclosure.problem.notObjectField";
    public static final String NOT_NUMBER = "#disclosure.problem.notNumber";

    private StructuralChecks() {}

    public static List<ImportReport.Problem> problemsOf(JsonNode project) {
        List<ImportReport.Problem> problems = new ArrayList<>();
        if (!project.isObject()) {
            problems.add(new ImportReport.Problem("/", NOT_AN_OBJECT));
            return problems;
        }
        if (FeedNormaliser.textOf(project.get("id")) == null) {
            problems.add(new ImportReport.Problem("/id", NO_ID));
        }
        for (String field : List.of("title", "description", "status", "type", "updated")) {
            JsonNode value = project.get(field);
            if (value != null && !value.isNull() && !value.isString()) {
                problems.add(new ImportReport.Problem("/" + field, NOT_TEXT));
            }
        }
        for (String field : List.of("sector", "parties", "locations", "contractingProcesses", "documents")) {
            JsonNode value = project.get(field);
            if (value != null && !value.isNull() && !value.isArray()) {
                problems.add(new ImportReport.Problem("/" + field, NOT_LIST));
            }
        }
        for (String field : List.of("publicAuthority", "period", "budget")) {
            JsonNode value = project.get(field);
            if (value != null && !value.isNull() && !value.isObject()) {
                problems.add(new ImportReport.Problem("/" + field, NOT_OBJECT_FIELD));
            }
        }
        // What the GMS reads of a project (its summary) must have the shape it reads.
        JsonNode amount = project.path("budget").path("amount").get("amount");
        if (amount != null && !amount.isNull() && !amount.isNumber()) {
            problems.add(new ImportReport.Problem("/budget/amount/amount", NOT_NUMBER));
        }
        for (String field : List.of("startDate", "endDate")) {
            JsonNode date = project.path("period").get(field);
            if (date != null && !date.isNull() && !date.isString()) {
                problems.add(new ImportReport.Problem("/period/" + field, NOT_TEXT));
            }
        }
        return problems;
    }
}
