package mx.costjalisco.gms.disclosure.control;

import static mx.costjalisco.gms.disclosure.control.IdsPoint.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Stream;
import mx.costjalisco.gms.disclosure.control.IdsCompleteness.Share;
import mx.costjalisco.gms.disclosure.control.IdsPoint.Level;
import mx.costjalisco.gms.disclosure.control.IdsPoint.Phase;
import mx.costjalisco.gms.platform.web.Bundle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class IdsCompletenessTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The OC4IDS files shared beside the project: the schema, the standard's example and the IDS mapping. */
    private static Path oc4ids() {
        String configured = System.getProperty("gms.oc4ids.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "shared", "oc4ids");
        Assumptions.assumeTrue(Files.isDirectory(dir), "needs ../shared/oc4ids");
        return dir;
    }

    private static JsonNode project(String json) {
        return JSON.readTree(json);
    }

    private static Set<IdsPoint> published(String json) {
        return IdsCompleteness.of(project(json)).published();
    }

    private static IdsCompleteness example() {
        JsonNode projectPackage = JSON.readTree(oc4ids().resolve("example.json"));
        return IdsCompleteness.of(projectPackage.path("projects").path(0));
    }

    @Test
    void theStandardsExamplePublishesAllButThreePoints() {
        IdsCompleteness example = example();

        assertEquals(EnumSet.of(PROJECT_SCOPE, LAND_AND_SETTLEMENT_IMPACT, AUDIT_REPORTS), example.missing());
        assertEquals(36, example.count());
        assertEquals(39, example.total());
        assertEquals(new BigDecimal("92.3"), example.percent());
        assertEquals(
                Map.of(
                        Phase.IDENTIFICATION, new Share(7, 7),
                        Phase.PREPARATION, new Share(5, 7),
                        Phase.COMPLETION, new Share(5, 6),
                        Phase.PROCUREMENT, new Share(13, 13),
                        Phase.IMPLEMENTATION, new Share(6, 6)),
                example.byPhase());
        assertEquals(
                new BigDecimal("71.4"), example.byPhase().get(Phase.PREPARATION).percent());
    }

    @Test
    void thePhasesListEveryPointOnceInTheIdssOrderMarkingThosePublished() {
        IdsCompleteness some = IdsCompleteness.fromCodes("PROJECT_NAME,SECTOR,AUDIT_REPORTS");
        List<IdsCompleteness.PhasePoints> phases = some.phases();

        assertEquals(
                Arrays.asList(Phase.values()),
                phases.stream().map(IdsCompleteness.PhasePoints::phase).toList());
        assertEquals(
                Arrays.asList(IdsPoint.values()),
                phases.stream()
                        .flatMap(ph -> ph.points().stream())
                        .map(IdsCompleteness.PointState::point)
                        .toList());
        assertEquals(
                some.published(),
                phases.stream()
                        .flatMap(ph -> ph.points().stream())
                        .filter(IdsCompleteness.PointState::published)
                        .map(IdsCompleteness.PointState::point)
                        .collect(java.util.stream.Collectors.toSet()));
        for (IdsCompleteness.PhasePoints phase : phases) {
            assertEquals(some.byPhase().get(phase.phase()), phase.share());
        }
    }

    @Test
    void aProjectWithOnlyAnIdentifierPublishesNothing() {
        IdsCompleteness empty = IdsCompleteness.of(project("{\"id\": \"x\"}"));

        assertEquals(0, empty.count());
        assertEquals(39, empty.total());
        assertEquals(new BigDecimal("0.0"), empty.percent());
        assertEquals(EnumSet.allOf(IdsPoint.class), empty.missing());
        assertEquals("", empty.codes());
    }

    @Test
    void identificationCountsWhatIsSaidNotBlanksOrBareReferences() {
        assertEquals(EnumSet.of(PROJECT_NAME, SECTOR, PROJECT_LOCATION), published("""
                {"id": "x", "title": "Línea 5 del tren ligero", "sector": ["transport", ""],
                 "purpose": "  ", "description": "", "additionalClassifications": [],
                 "parties": [{"id": "1", "roles": ["publicAuthority"]}],
                 "locations": [{"id": "1", "description": "Zapopan"},
                               {"id": "2", "geometry": {"type": "Point", "coordinates": [20.67, -103.39]}}]}
                """));
        assertEquals(EnumSet.of(PROJECT_OWNER, SECTOR, SUBSECTOR, PURPOSE), published("""
                {"id": "x", "publicAuthority": {"id": "MX-JAL-SIOP", "name": "Secretaría de Infraestructura y Obra Pública"},
                 "sector": ["transport.road"], "purpose": "Conectar la zona metropolitana"}
                """));
        assertEquals(EnumSet.of(PROJECT_OWNER, SUBSECTOR, PROJECT_DESCRIPTION), published("""
                {"id": "x", "parties": [{"id": "1", "name": "SIOP", "roles": ["publicAuthority"]}],
                 "additionalClassifications": [{"scheme": "COFOG", "id": "04.5.1"}], "description": "Repavimentación"}
                """));
    }

    @Test
    void preparationAsksForDocumentsOfATypeThatDescribeOrLinkToTheDocument() {
        assertEquals(
                EnumSet.of(
                        PROJECT_OWNER,
                        ENVIRONMENTAL_IMPACT,
                        PROJECT_SCOPE,
                        CONTACT_DETAILS,
                        FUNDING_SOURCES,
                        BUDGET_APPROVAL_DATE),
                published("""
                {"id": "x",
                 "documents": [
                   {"id": "1", "documentType": "environmentalImpact", "url": "https://example.com/mia.pdf"},
                   {"id": "2", "documentType": "landAndSettlementImpact", "title": "Reasentamientos"},
                   {"id": "3", "documentType": "projectScope", "description": "12 km de carretera de dos carriles"},
                   {"id": "4", "documentType": "budgetApproval", "url": "https://example.com/aprobacion.pdf"}],
                 "parties": [{"id": "1", "name": "SIOP", "roles": ["publicAuthority", "funder"],
                              "address": {"locality": "Guadalajara"}, "contactPoint": {"email": "siop@jalisco.gob.mx"}}],
                 "budget": {"amount": {"currency": "MXN"}, "approvalDate": "2023-02-01T00:00:00Z"}}
                """));
        assertEquals(EnumSet.of(PROJECT_OWNER, PROJECT_BUDGET, FUNDING_SOURCES), published("""
                {"id": "x",
                 "parties": [{"id": "1", "name": "SIOP", "roles": ["publicAuthority"], "address": {"locality": "Guadalajara"}}],
                 "budget": {"amount": {"amount": 0, "currency": "MXN"},
                            "budgetBreakdowns": [{"id": "1", "budgetBreakdown": [
                              {"id": "2023", "sourceParty": {"id": "MX-BANOBRAS", "name": "Banobras"}}]}]}}
                """));
    }

    @Test
    void completionCountsTheFinalFiguresTheirReasonsAndAnAuditReport() {
        assertEquals(
                EnumSet.of(COMPLETION_COST, COMPLETION_DATE, REASONS_FOR_PROJECT_CHANGES, AUDIT_REPORTS),
                published("""
                {"id": "x", "status": "",
                 "completion": {"endDate": "2024-03-31T00:00:00Z", "finalValue": {"amount": 125000000.5, "currency": "MXN"},
                                "finalScope": " ", "finalScopeDetails": "Se agregó un paso peatonal"},
                 "documents": [{"id": "1", "documentType": "technicalAuditReport", "url": "https://example.com/auditoria.pdf"},
                               {"id": "2", "documentType": "projectScope", "title": "Alcance", "datePublished": "2024-05-01"}]}
                """));
    }

    @Test
    void aScopeDocumentCountsAtCompletionOnlyWhenItIsDatedFromTheCompletionOn() {
        String project = """
                {"id": "x", "status": "completed", "completion": {"endDate": "2024-03-31T00:00:00Z"},
                 "documents": [{"id": "1", "documentType": "projectScope", "url": "https://example.com/alcance.pdf",
                                "datePublished": "2021-06-01T00:00:00Z", "dateModified": "%s"}]}
                """;

        assertEquals(
                EnumSet.of(PROJECT_STATUS, COMPLETION_DATE, PROJECT_SCOPE),
                published(project.formatted("2022-01-10T00:00:00Z")));
        assertEquals(
                EnumSet.of(PROJECT_STATUS, COMPLETION_DATE, PROJECT_SCOPE, COMPLETION_SCOPE),
                published(project.formatted("2024-03-31T18:00:00-06:00")));
    }

    @Test
    void aProcessLevelPointIsPublishedWhenAnyContractingProcessPublishesIt() {
        assertEquals(EnumSet.of(CONTRACT_TITLE, CONTRACT_PRICE, PROCURING_ENTITY, CONTRACT_PERIOD), published("""
                {"id": "x", "contractingProcesses": [
                  {"id": "1", "summary": {"title": " ", "nature": [], "tender": {"tenderers": [], "costEstimate": {}},
                                          "contractPeriod": {"startDate": "2023-01-01T00:00:00Z"}}},
                  {"id": "2", "summary": {"title": "Pavimentación de la avenida Colón",
                                          "contractValue": {"amount": 18500000, "currency": "MXN"},
                                          "contractPeriod": {"startDate": "2023-02-01T00:00:00Z", "durationInDays": 180},
                                          "tender": {"procuringEntity": {"id": "MX-JAL-SIOP", "name": "SIOP"}}}}]}
                """));
        assertEquals(
                EnumSet.of(
                        CONTRACT_STATUS,
                        PROCUREMENT_PROCESS,
                        CONTRACT_TYPE,
                        NUMBER_OF_TENDERERS,
                        COST_ESTIMATE,
                        CONTRACT_FIRMS,
                        CONTRACT_SCOPE_OF_WORK,
                        ADMINISTRATIVE_ENTITY),
                published("""
                {"id": "x", "contractingProcesses": [
                  {"id": "1", "summary": {"status": "active", "nature": ["construction"], "description": "Obra civil",
                                          "suppliers": [{"id": "MX-RFC-ABC010101AAA", "name": "Constructora del Bajío"}],
                                          "tender": {"procurementMethod": "open", "numberOfTenderers": 0,
                                                     "costEstimate": {"amount": 20000000, "currency": "MXN"},
                                                     "administrativeEntity": {"name": "Dirección de Obras"}}}}]}
                """));
        assertEquals(
                EnumSet.of(PROCURING_ENTITY, PROCURING_ENTITY_CONTACT_DETAILS, NUMBER_OF_TENDERERS), published("""
                {"id": "x", "parties": [
                  {"id": "1", "name": "SIOP", "roles": ["procuringEntity"],
                   "address": {"streetAddress": "Av. Prolongación Alcalde 1351"}, "contactPoint": {"telephone": "33 3819 2300"}},
                  {"id": "2", "name": "Constructora del Bajío", "roles": ["tenderer"]}]}
                """));
    }

    @Test
    void implementationReadsTheModificationsOfTheirType() {
        assertEquals(EnumSet.of(PRICE_VARIATION, PRICE_ESCALATION, SCOPE_AND_DURATION_CHANGE_REASONS), published("""
                {"id": "x", "contractingProcesses": [
                  {"id": "1", "summary": {"modifications": []}},
                  {"id": "2", "summary": {"modifications": [
                    {"id": "1", "type": "value", "description": "Convenio modificatorio de monto", "rationale": ""},
                    {"id": "2", "type": "duration", "description": " ", "rationale": "Temporada de lluvias"},
                    {"id": "3", "type": "scope", "rationale": ""}]}}]}
                """));
        assertEquals(EnumSet.of(DURATION_VARIATION, SCOPE_VARIATION, PRICE_CHANGE_REASONS), published("""
                {"id": "x", "contractingProcesses": [{"id": "1", "summary": {"modifications": [
                    {"id": "1", "type": "duration", "description": "Ampliación de plazo de 60 días"},
                    {"id": "2", "type": "scope", "description": "Se agrega un colector pluvial"},
                    {"id": "3", "type": "value", "rationale": "Ajuste de costos por inflación"}]}}]}
                """));
    }

    @Test
    void theCodesReadBackTheSameCompleteness() {
        IdsCompleteness some = new IdsCompleteness(Set.of(PROJECT_NAME, SECTOR, CONTRACT_PRICE));

        assertEquals("SECTOR,PROJECT_NAME,CONTRACT_PRICE", some.codes());
        assertEquals(some, IdsCompleteness.fromCodes(some.codes()));
        assertEquals(some, IdsCompleteness.fromCodes(" CONTRACT_PRICE, NO_SUCH_POINT,,SECTOR,PROJECT_NAME "));
        assertEquals(0, IdsCompleteness.fromCodes(null).count());
        assertEquals(0, IdsCompleteness.fromCodes(" ").count());

        IdsCompleteness all = new IdsCompleteness(EnumSet.allOf(IdsPoint.class));
        assertEquals(all, IdsCompleteness.fromCodes(all.codes()));
        assertEquals(new BigDecimal("100.0"), all.percent());
    }

    @Test
    void theExampleReadsBackFromItsCodes() {
        IdsCompleteness example = example();

        assertEquals(example, IdsCompleteness.fromCodes(example.codes()));
    }

    @Test
    void everyPointAndPhaseHasALabelInSpanishAndEnglish() throws IOException {
        Properties base = properties("messages.properties");
        Properties english = properties("messages_en.properties");
        ResourceBundle spanish = ResourceBundle.getBundle(Bundle.NAME, Bundle.RECORD_LOCALE);
        List<String> keys = new ArrayList<>();
        Arrays.stream(IdsPoint.values()).map(IdsPoint::labelKey).forEach(keys::add);
        Arrays.stream(Phase.values()).map(Phase::labelKey).forEach(keys::add);
        Arrays.stream(Level.values()).map(Level::labelKey).forEach(keys::add);

        for (String key : keys) {
            assertFalse(base.getProperty(key, "").isBlank(), key + " in messages.properties");
            assertFalse(english.getProperty(key, "").isBlank(), key + " in messages_en.properties");
            assertTrue(spanish.containsKey(key) && !spanish.getString(key).isBlank(), key + " for es-MX");
        }
        assertEquals("Impacto ambiental", Bundle.label(Bundle.RECORD_LOCALE, ENVIRONMENTAL_IMPACT));
        assertEquals("Environmental impact", Bundle.label(Locale.ENGLISH, ENVIRONMENTAL_IMPACT));
    }

    @Test
    void thereIsOnePointPerRowOfTheIdsMapping() throws IOException {
        Path mapping = oc4ids().resolve("ids-mapping");
        int rows = 0;
        try (Stream<Path> files = Files.list(mapping)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                String name = csv.getFileName().toString();
                Phase phase = Phase.valueOf(name.substring(name.lastIndexOf('-') + 1, name.length() - 4)
                        .toUpperCase(Locale.ROOT));
                int inFile = csvRecords(Files.readString(csv)) - 1;
                assertEquals(
                        inFile,
                        Arrays.stream(IdsPoint.values())
                                .filter(p -> p.phase() == phase)
                                .count(),
                        name);
                assertEquals(name.startsWith("project-") ? Level.PROJECT : Level.PROCESS, phase.level(), name);
                rows += inFile;
            }
        }
        assertEquals(rows, IdsPoint.values().length);
        assertEquals(39, rows);
    }

    private static Properties properties(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = IdsCompletenessTest.class.getResourceAsStream("/mx/costjalisco/gms/i18n/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The records of a CSV text, header included; a quoted field may hold line breaks. */
    private static int csvRecords(String text) {
        int records = 0;
        boolean quoted = false;
        boolean content = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '\n' && !quoted) {
                records += content ? 1 : 0;
                content = false;
            } else if (!Character.isWhitespace(c)) {
                content = true;
            }
        }
        return records + (content ? 1 : 0);
    }
}
