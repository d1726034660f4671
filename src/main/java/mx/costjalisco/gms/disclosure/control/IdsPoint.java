package mx.costjalisco.gms.disclosure.control;

import static mx.costjalisco.gms.disclosure.control.Published.amount;
import static mx.costjalisco.gms.disclosure.control.Published.day;
import static mx.costjalisco.gms.disclosure.control.Published.document;
import static mx.costjalisco.gms.disclosure.control.Published.documents;
import static mx.costjalisco.gms.disclosure.control.Published.each;
import static mx.costjalisco.gms.disclosure.control.Published.inAnyProcess;
import static mx.costjalisco.gms.disclosure.control.Published.modification;
import static mx.costjalisco.gms.disclosure.control.Published.named;
import static mx.costjalisco.gms.disclosure.control.Published.namedParty;
import static mx.costjalisco.gms.disclosure.control.Published.party;
import static mx.costjalisco.gms.disclosure.control.Published.text;
import static mx.costjalisco.gms.disclosure.control.Published.value;

import java.util.function.Predicate;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The proactive disclosure points of the CoST Infrastructure Data Standard (IDS), each with where OC4IDS 0.9.5
 * publishes it, after the standard's mapping ({@code mapping/*.csv} of {@code open-contracting/infrastructure}): one
 * constant per row, in the mapping's order. Each constant's comment gives the IDS element's name and the fields its
 * check reads, relative to the project, or to a contracting process's {@code summary} ("process:"). "Published"
 * follows {@link Published}: present and saying something. A process-level point is published when at least one
 * contracting process publishes it.
 *
 * <p>The constants' names are stored (see {@link IdsCompleteness#codes()}): renaming one forgets it in every stored
 * count.
 */
public enum IdsPoint {

    // --- project level: identification ---

    /** <b>Project owner</b>: a party with the role 'publicAuthority' and a name, or {@code publicAuthority.name}. */
    PROJECT_OWNER(Phase.IDENTIFICATION, p -> namedParty(p, "publicAuthority") || named(p.path("publicAuthority"))),
    /** <b>Sector</b>: {@code sector} (projectSector codelist). */
    SECTOR(Phase.IDENTIFICATION, p -> value(p.path("sector"))),
    /**
     * <b>Subsector</b>: {@code additionalClassifications}, or a subsector code of the projectSector codelist (dotted,
     * e.g. 'transport.road') in {@code sector}: the codelist itself names subsectors that way.
     */
    SUBSECTOR(
            Phase.IDENTIFICATION,
            p -> value(p.path("additionalClassifications"))
                    || each(p.path("sector"))
                            .anyMatch(s -> text(s) && s.stringValue().contains("."))),
    /** <b>Project name</b>: {@code title}. */
    PROJECT_NAME(Phase.IDENTIFICATION, p -> text(p.path("title"))),
    /**
     * <b>Project Location</b>: a {@code locations} entry with an {@code address}, {@code geometry.coordinates} or a
     * gazetteer entry ({@code gazetteer.identifiers}).
     */
    PROJECT_LOCATION(
            Phase.IDENTIFICATION,
            p -> each(p.path("locations"))
                    .anyMatch(l -> value(l.path("address"))
                            || value(l.at("/geometry/coordinates"))
                            || value(l.at("/gazetteer/identifiers")))),
    /** <b>Purpose</b>: {@code purpose}. */
    PURPOSE(Phase.IDENTIFICATION, p -> text(p.path("purpose"))),
    /** <b>Project description</b>: {@code description}. */
    PROJECT_DESCRIPTION(Phase.IDENTIFICATION, p -> text(p.path("description"))),

    // --- project level: preparation ---

    /** <b>Project Scope (main output)</b>: a document of type 'projectScope'. */
    PROJECT_SCOPE(Phase.PREPARATION, p -> document(p, "projectScope")),
    /** <b>Environmental impact</b>: a document of type 'environmentalImpact'. */
    ENVIRONMENTAL_IMPACT(Phase.PREPARATION, p -> document(p, "environmentalImpact")),
    /** <b>Land and settlement impact</b>: a document of type 'landAndSettlementImpact'. */
    LAND_AND_SETTLEMENT_IMPACT(Phase.PREPARATION, p -> document(p, "landAndSettlementImpact")),
    /**
     * <b>Contact details</b> (of the project owner, postal and electronic): a party with the role 'publicAuthority'
     * with both an {@code address} and a {@code contactPoint}.
     */
    CONTACT_DETAILS(Phase.PREPARATION, p -> party(p, "publicAuthority", IdsPoint::addressAndContact)),
    /**
     * <b>Funding sources</b>: a party with the role 'funder' and a name, or a funder named in
     * {@code budget.budgetBreakdowns[].budgetBreakdown[].sourceParty.name}.
     */
    FUNDING_SOURCES(
            Phase.PREPARATION,
            p -> namedParty(p, "funder")
                    || each(p.at("/budget/budgetBreakdowns"))
                            .flatMap(b -> each(b.path("budgetBreakdown")))
                            .anyMatch(b -> named(b.path("sourceParty")))),
    /** <b>Project Budget</b>: {@code budget.amount.amount}. */
    PROJECT_BUDGET(Phase.PREPARATION, p -> amount(p.at("/budget/amount"))),
    /**
     * <b>Project budget approval date</b>: {@code budget.approvalDate}; a 'budgetApproval' document is only the
     * mapping's addition to the date, so it does not count alone.
     */
    BUDGET_APPROVAL_DATE(Phase.PREPARATION, p -> text(p.at("/budget/approvalDate"))),

    // --- project level: completion ---

    /** <b>Project status (current)</b>: {@code status}. */
    PROJECT_STATUS(Phase.COMPLETION, p -> text(p.path("status"))),
    /** <b>Project completion cost</b>: {@code completion.finalValue.amount}. */
    COMPLETION_COST(Phase.COMPLETION, p -> amount(p.at("/completion/finalValue"))),
    /** <b>Completion date</b>: {@code completion.endDate}. */
    COMPLETION_DATE(Phase.COMPLETION, p -> text(p.at("/completion/endDate"))),
    /**
     * <b>Project Scope at completion (projected)</b>: {@code completion.finalScope}, or a 'projectScope' document
     * whose dates show it is the scope at completion: published or modified on or after {@code completion.endDate}
     * (without that date, a scope document is the preparation's).
     */
    COMPLETION_SCOPE(Phase.COMPLETION, p -> text(p.at("/completion/finalScope")) || scopeDocumentAtCompletion(p)),
    /**
     * <b>Reasons for project changes</b>: any of {@code completion.endDateDetails},
     * {@code completion.finalValueDetails} and {@code completion.finalScopeDetails}.
     */
    REASONS_FOR_PROJECT_CHANGES(
            Phase.COMPLETION,
            p -> text(p.at("/completion/endDateDetails"))
                    || text(p.at("/completion/finalValueDetails"))
                    || text(p.at("/completion/finalScopeDetails"))),
    /** <b>Reference to audit and evaluation reports</b>: a document of type 'financialAuditReport' or 'technicalAuditReport'. */
    AUDIT_REPORTS(Phase.COMPLETION, p -> document(p, "financialAuditReport", "technicalAuditReport")),

    // --- process level: procurement ---

    /**
     * <b>Procuring entity</b>: a party with the role 'procuringEntity' and a name, or process:
     * {@code tender.procuringEntity.name}.
     */
    PROCURING_ENTITY(
            Phase.PROCUREMENT,
            p -> namedParty(p, "procuringEntity") || inAnyProcess(p, s -> named(s.at("/tender/procuringEntity")))),
    /**
     * <b>Procuring entity contact details</b> (postal and electronic): a party with the role 'procuringEntity' with
     * both an {@code address} and a {@code contactPoint}.
     */
    PROCURING_ENTITY_CONTACT_DETAILS(Phase.PROCUREMENT, p -> party(p, "procuringEntity", IdsPoint::addressAndContact)),
    /**
     * <b>Contract administrative entity</b>: a party with the role 'administrativeEntity' and a name, or process:
     * {@code tender.administrativeEntity.name}.
     */
    ADMINISTRATIVE_ENTITY(
            Phase.PROCUREMENT,
            p -> namedParty(p, "administrativeEntity")
                    || inAnyProcess(p, s -> named(s.at("/tender/administrativeEntity")))),
    /** <b>Contract status</b>: process: {@code status} (contractingProcessStatus codelist). */
    CONTRACT_STATUS(Phase.PROCUREMENT, p -> inAnyProcess(p, s -> text(s.path("status")))),
    /**
     * <b>Procurement process</b>: process: {@code tender.procurementMethodDetails} or {@code tender.procurementMethod}.
     */
    PROCUREMENT_PROCESS(
            Phase.PROCUREMENT,
            p -> inAnyProcess(
                    p, s -> text(s.at("/tender/procurementMethodDetails")) || text(s.at("/tender/procurementMethod")))),
    /** <b>Contract type</b>: process: {@code nature}. */
    CONTRACT_TYPE(Phase.PROCUREMENT, p -> inAnyProcess(p, s -> value(s.path("nature")))),
    /**
     * <b>Number of firms tendering</b>: process: {@code tender.numberOfTenderers}; also, as lists a reader can count,
     * process: {@code tender.tenderers}, or a party with the role 'tenderer'.
     */
    NUMBER_OF_TENDERERS(
            Phase.PROCUREMENT,
            p -> namedParty(p, "tenderer")
                    || inAnyProcess(
                            p,
                            s -> s.at("/tender/numberOfTenderers").isNumber()
                                    || each(s.at("/tender/tenderers")).anyMatch(Published::named))),
    /** <b>Cost estimate</b>: process: {@code tender.costEstimate.amount}. */
    COST_ESTIMATE(Phase.PROCUREMENT, p -> inAnyProcess(p, s -> amount(s.at("/tender/costEstimate")))),
    /** <b>Contract title</b>: process: {@code title}. */
    CONTRACT_TITLE(Phase.PROCUREMENT, p -> inAnyProcess(p, s -> text(s.path("title")))),
    /**
     * <b>Contract firm(s)</b>: a party with the role 'supplier' and a name, or process: {@code suppliers[].name}.
     */
    CONTRACT_FIRMS(
            Phase.PROCUREMENT,
            p -> namedParty(p, "supplier")
                    || inAnyProcess(p, s -> each(s.path("suppliers")).anyMatch(Published::named))),
    /** <b>Contract price</b>: process: {@code contractValue.amount}. */
    CONTRACT_PRICE(Phase.PROCUREMENT, p -> inAnyProcess(p, s -> amount(s.path("contractValue")))),
    /** <b>Contract scope of work</b>: process: {@code description}. */
    CONTRACT_SCOPE_OF_WORK(Phase.PROCUREMENT, p -> inAnyProcess(p, s -> text(s.path("description")))),
    /**
     * <b>Contract start date and contract period (duration)</b>: process: {@code contractPeriod.startDate} and either
     * {@code contractPeriod.endDate} or {@code contractPeriod.durationInDays}.
     */
    CONTRACT_PERIOD(
            Phase.PROCUREMENT,
            p -> inAnyProcess(
                    p,
                    s -> text(s.at("/contractPeriod/startDate"))
                            && (text(s.at("/contractPeriod/endDate"))
                                    || s.at("/contractPeriod/durationInDays").isNumber()))),

    // --- process level: implementation ---

    /** <b>Variation to contract price</b>: process: a {@code modifications} entry of type 'value' with a description. */
    PRICE_VARIATION(Phase.IMPLEMENTATION, p -> inAnyProcess(p, s -> modification(s, "description", "value"))),
    /**
     * <b>Escalation of contract price</b>: process: a {@code modifications} entry of type 'value' with a description.
     * OC4IDS publishes an escalation as it does a variation, so the two points are published together.
     */
    PRICE_ESCALATION(Phase.IMPLEMENTATION, p -> inAnyProcess(p, s -> modification(s, "description", "value"))),
    /**
     * <b>Variation to contract duration</b>: process: a {@code modifications} entry of type 'duration' with a
     * description.
     */
    DURATION_VARIATION(Phase.IMPLEMENTATION, p -> inAnyProcess(p, s -> modification(s, "description", "duration"))),
    /** <b>Variation to contract scope</b>: process: a {@code modifications} entry of type 'scope' with a description. */
    SCOPE_VARIATION(Phase.IMPLEMENTATION, p -> inAnyProcess(p, s -> modification(s, "description", "scope"))),
    /** <b>Reasons for price changes</b>: process: a {@code modifications} entry of type 'value' with a rationale. */
    PRICE_CHANGE_REASONS(Phase.IMPLEMENTATION, p -> inAnyProcess(p, s -> modification(s, "rationale", "value"))),
    /**
     * <b>Reasons for scope and duration changes</b>: process: a {@code modifications} entry of type 'scope' or
     * 'duration' with a rationale.
     */
    SCOPE_AND_DURATION_CHANGE_REASONS(
            Phase.IMPLEMENTATION, p -> inAnyProcess(p, s -> modification(s, "rationale", "scope", "duration")));

    /** Where the IDS asks for a point: about the project as a whole, or about each of its contracting processes. */
    public enum Level {
        PROJECT,
        PROCESS;

        /** The key of the label in the bundle ({@code IdsPoint.Level.PROJECT}). */
        public String labelKey() {
            return "IdsPoint.Level." + name();
        }
    }

    /** The stage of the project's life in which the IDS asks for a point. */
    public enum Phase {
        IDENTIFICATION(Level.PROJECT),
        PREPARATION(Level.PROJECT),
        COMPLETION(Level.PROJECT),
        PROCUREMENT(Level.PROCESS),
        IMPLEMENTATION(Level.PROCESS);

        private final Level level;

        Phase(Level level) {
            this.level = level;
        }

        public Level level() {
            return level;
        }

        /** The key of the label in the bundle ({@code IdsPoint.Phase.IDENTIFICATION}). */
        public String labelKey() {
            return "IdsPoint.Phase." + name();
        }
    }

    private final Phase phase;
    private final Predicate<JsonNode> check;

    IdsPoint(Phase phase, Predicate<JsonNode> check) {
        this.phase = phase;
        this.check = check;
    }

    public Phase phase() {
        return phase;
    }

    public Level level() {
        return phase.level();
    }

    /** The key of the label in the bundle ({@code IdsPoint.PROJECT_OWNER}), as {@code Bundle.label} reads it. */
    public String labelKey() {
        return "IdsPoint." + name();
    }

    /** Whether the OC4IDS project (one entry of a package's {@code projects}) publishes this point. */
    public boolean publishedIn(JsonNode project) {
        return check.test(project);
    }

    private static boolean scopeDocumentAtCompletion(JsonNode project) {
        return day(project.at("/completion/endDate"))
                .map(end -> documents(project, "projectScope")
                        .anyMatch(d -> Stream.of("datePublished", "dateModified")
                                .flatMap(date -> day(d.path(date)).stream())
                                .anyMatch(date -> !date.isBefore(end))))
                .orElse(false);
    }

    private static boolean addressAndContact(JsonNode party) {
        return value(party.path("address")) && value(party.path("contactPoint"));
    }
}
