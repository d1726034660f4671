package mx.costjalisco.gms.demo;

import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.platform.pdf.Column;
import mx.costjalisco.gms.platform.pdf.Fact;
import mx.costjalisco.gms.workplan.control.PlanPeriod;
import mx.costjalisco.gms.workplan.control.Target;
import mx.costjalisco.gms.workplan.entity.ActivityState;
import mx.costjalisco.gms.workplan.entity.AutoCount;

/**
 * The GMS's 2023 work plan as the customer's document words it — seven activities with their actions, responsible
 * parties, periods, targets, expected evidence and notes — and, as demo data, how it went through 2023: progress
 * entries and evidence files chosen so that the dashboard shows every status at the end of June and only done or late
 * once the year is over. Pure data: no database, so the tests check it as it is loaded.
 *
 * <p>The plan's texts are the document's, typing slips included ("Ordenamientos de Municipales"). The document's last
 * note, on the cost of each event, closes every activity's note: the plan has no general text of its own.
 */
final class DemoPlan2023 {

    static final int YEAR = 2023;
    static final String TITLE = "Plan de Trabajo 2023 del Grupo Multisectorial de CoST Jalisco";
    static final String MANAGER = "gerencia@demo.example";
    static final String LIAISON = "enlace@demo.example";
    static final String CMIC = "Cámara Mexicana de la Industria de la Construcción, Delegación Jalisco";
    static final String GUADALAJARA = "Ayuntamiento de Guadalajara";

    static final String GENERAL_OBJECTIVE =
            "Posicionar y consolidar la iniciativa de Transparencia en Infraestructura en el Estado de Jalisco y sus"
                    + " Municipios.";

    /** Both lists of specific objectives of the document, in its order. */
    static final List<String> SPECIFIC_OBJECTIVES = List.of(
            "Posicionar la iniciativa en el estado de Jalisco, en los Municipios y ante la ciudadanía, a través de la"
                    + " difusión y publicación de información de los proyectos de obra pública, como una herramienta"
                    + " útil en la rendición de cuentas y el combate a la corrupción, facilitando a su vez la denuncia"
                    + " en caso de detectar irregularidades en materia de obra pública.",
            "Fortalecer el Grupo Multisectorial mediante la participación activa de sus integrantes, en las sesiones y"
                    + " reuniones, deliberaciones y análisis de la información publicada a través de la Iniciativa de"
                    + " CoST Jalisco, haciendo visible el involucramiento de los actores del sector social, empresarial"
                    + " y académico.",
            "Incrementar, mantener y ampliar la información de los proyectos de obra pública en la plataforma CoST"
                    + " Jalisco y de municipios involucrados.",
            "Ampliar el alcance de proyectos de obra pública en la plataforma de CoST Jalisco y de Municipios"
                    + " involucrados, así como asegurar el compromiso de los entes que asumen la publicación de"
                    + " información.");

    static final String COST_NOTE = "Nota: El costo o inversión por el desarrollo de cada uno de los eventos será"
            + " considerado previamente conforme se ejecuten y acorde al número de asistentes o participantes y la"
            + " disposición presupuestal.";

    /** Where the plan was approved: the third ordinary session of 2022, on 7 December 2022. */
    static final LocalDate APPROVED_ON = LocalDate.of(2022, 12, 7);

    /** A span of an activity's or a target's period, with the plan's words for it (none for a target's). */
    record Span(LocalDate first, LocalDate last, String label) {}

    /** Progress of a target on a day, recorded by the manager or a liaison (for {@code institution}). */
    record DemoEntry(
            LocalDate date,
            BigDecimal amount,
            String note,
            String internalNote,
            String recordedBy,
            String institution,
            List<DemoEvidence.DemoFile> files) {}

    /** An evidence file of the activity, not sent with a progress entry. */
    record LooseFile(LocalDate date, DemoEvidence.DemoFile file) {}

    /** A target; {@code goal} and {@code unit} are null for a milestone, {@code spans} empty for the activity's period. */
    record DemoTarget(
            String description,
            Target.Kind kind,
            BigDecimal goal,
            String unit,
            Target.Aggregation aggregation,
            AutoCount autoCount,
            List<Span> spans,
            List<DemoEntry> entries) {

        /** The target as the dashboard computes it, over its own spans or else {@code activitySpans}. */
        Target definition(List<Span> activitySpans) {
            PlanPeriod period = new PlanPeriod((spans.isEmpty() ? activitySpans : spans)
                    .stream().map(s -> new PlanPeriod.Span(s.first(), s.last())).toList());
            return kind == Target.Kind.MILESTONE
                    ? Target.milestone(period)
                    : Target.quantity(goal, unit, aggregation, period);
        }
    }

    /** An activity of the plan, written the way the document reads. */
    static final class DemoActivity {
        private final String title;
        private List<String> actions = List.of();
        private String responsible;
        private boolean managerResponsible;
        private boolean membersResponsible;
        private Sector membersSector;
        private List<String> institutions = List.of();
        private String periodLabel;
        private List<Span> spans = List.of();
        private List<String> objective = List.of();
        private List<String> expectedEvidence = List.of();
        private List<String> note = List.of();
        private ActivityState state = ActivityState.PENDING;
        private String internalNote;
        private final List<DemoTarget> targets = new ArrayList<>();
        private final List<LooseFile> files = new ArrayList<>();

        DemoActivity(String title) {
            this.title = title;
        }

        DemoActivity actions(String... lines) {
            actions = List.of(lines);
            return this;
        }

        /** Who the plan names, in its words; whether that is the Gerencia, the GMS's members, and which institutions. */
        DemoActivity responsible(String words, boolean manager, boolean members, Sector sector, String... named) {
            responsible = words;
            managerResponsible = manager;
            membersResponsible = members;
            membersSector = sector;
            institutions = List.of(named);
            return this;
        }

        DemoActivity period(String label, Span... parts) {
            periodLabel = label;
            spans = List.of(parts);
            return this;
        }

        DemoActivity objective(String... lines) {
            objective = List.of(lines);
            return this;
        }

        DemoActivity evidence(String... kinds) {
            expectedEvidence = List.of(kinds);
            return this;
        }

        /** The activity's notes, one paragraph each; the document's cost note is added last. */
        DemoActivity notes(String... paragraphs) {
            List<String> all = new ArrayList<>(Arrays.asList(paragraphs));
            all.add(COST_NOTE);
            note = List.copyOf(all);
            return this;
        }

        DemoActivity state(ActivityState endOf2023, String internal) {
            state = endOf2023;
            internalNote = internal;
            return this;
        }

        DemoActivity target(DemoTarget target) {
            targets.add(target);
            return this;
        }

        DemoActivity file(LocalDate date, DemoEvidence.DemoFile file) {
            files.add(new LooseFile(date, file));
            return this;
        }

        String title() {
            return title;
        }

        List<String> actions() {
            return actions;
        }

        String responsible() {
            return responsible;
        }

        boolean managerResponsible() {
            return managerResponsible;
        }

        boolean membersResponsible() {
            return membersResponsible;
        }

        Sector membersSector() {
            return membersSector;
        }

        List<String> institutions() {
            return institutions;
        }

        String periodLabel() {
            return periodLabel;
        }

        List<Span> spans() {
            return spans;
        }

        List<String> objective() {
            return objective;
        }

        List<String> expectedEvidence() {
            return expectedEvidence;
        }

        List<String> note() {
            return note;
        }

        ActivityState state() {
            return state;
        }

        String internalNote() {
            return internalNote;
        }

        List<DemoTarget> targets() {
            return List.copyOf(targets);
        }

        List<LooseFile> files() {
            return List.copyOf(files);
        }
    }

    private DemoPlan2023() {}

    /** The seven activities, I to VII, in the document's order. */
    static List<DemoActivity> activities() {
        return List.of(
                DemoPlanActivities.capacities(),
                DemoPlanActivities.platform(),
                DemoPlanActivities.agreements(),
                DemoPlanActivities.communication(),
                DemoPlanActivities.municipalReform(),
                DemoPlanActivities.socialAudit(),
                DemoPlanActivities.sessions());
    }

    // Shorthands for the activities' definitions.

    static Span day(int month, int day, String label) {
        LocalDate date = LocalDate.of(YEAR, month, day);
        return new Span(date, date, label);
    }

    static Span months(int first, int last, String label) {
        return new Span(
                YearMonth.of(YEAR, first).atDay(1), YearMonth.of(YEAR, last).atEndOfMonth(), label);
    }

    static DemoTarget quantity(String description, long goal, String unit, DemoEntry... entries) {
        return new DemoTarget(
                description,
                Target.Kind.QUANTITY,
                BigDecimal.valueOf(goal),
                unit,
                Target.Aggregation.SUM,
                null,
                List.of(),
                List.of(entries));
    }

    static DemoTarget quantity(String description, long goal, String unit, Span own, DemoEntry... entries) {
        return new DemoTarget(
                description,
                Target.Kind.QUANTITY,
                BigDecimal.valueOf(goal),
                unit,
                Target.Aggregation.SUM,
                null,
                List.of(own),
                List.of(entries));
    }

    /** A running count: each entry gives the figure so far. */
    static DemoTarget runningCount(String description, long goal, String unit, DemoEntry... entries) {
        return new DemoTarget(
                description,
                Target.Kind.QUANTITY,
                BigDecimal.valueOf(goal),
                unit,
                Target.Aggregation.LATEST,
                null,
                List.of(),
                List.of(entries));
    }

    static DemoTarget counted(String description, long goal, String unit, AutoCount count) {
        return new DemoTarget(
                description,
                Target.Kind.QUANTITY,
                BigDecimal.valueOf(goal),
                unit,
                Target.Aggregation.SUM,
                count,
                List.of(),
                List.of());
    }

    static DemoTarget milestone(String description, DemoEntry... entries) {
        return new DemoTarget(description, Target.Kind.MILESTONE, null, null, null, null, List.of(), List.of(entries));
    }

    /** Progress recorded by the Gerencia. */
    static DemoEntry entry(
            int month, int day, long amount, String note, String internalNote, DemoEvidence.DemoFile... files) {
        return new DemoEntry(
                LocalDate.of(YEAR, month, day),
                BigDecimal.valueOf(amount),
                note,
                internalNote,
                MANAGER,
                null,
                List.of(files));
    }

    /** A milestone reached, recorded by the Gerencia. */
    static DemoEntry done(int month, int day, String note, String internalNote, DemoEvidence.DemoFile... files) {
        return entry(month, day, 1, note, internalNote, files);
    }

    /** Progress recorded by Guadalajara's liaison (the demo account {@value #LIAISON}). */
    static DemoEntry byLiaison(int month, int day, long amount, String note, DemoEvidence.DemoFile... files) {
        return new DemoEntry(
                LocalDate.of(YEAR, month, day),
                BigDecimal.valueOf(amount),
                note,
                null,
                LIAISON,
                GUADALAJARA,
                List.of(files));
    }

    static DemoEvidence.DemoFile photo(String name, String type, String caption, int people, Color tone) {
        return new DemoEvidence.DemoFile(name, type, caption, false, new DemoEvidence.Photo(caption, people, tone));
    }

    static DemoEvidence.DemoFile screen(String name, String type, String caption, String heading, String... lines) {
        return new DemoEvidence.DemoFile(
                name, type, caption, false, new DemoEvidence.Screen(caption, heading, List.of(lines)));
    }

    static DemoEvidence.DemoFile document(
            String name,
            String type,
            String title,
            List<Fact> facts,
            List<String> paragraphs,
            List<Column> columns,
            List<List<String>> rows) {
        return new DemoEvidence.DemoFile(
                name, type, title, false, new DemoEvidence.Document(title, facts, paragraphs, columns, rows));
    }

    static DemoEvidence.DemoFile published(DemoEvidence.DemoFile file) {
        return new DemoEvidence.DemoFile(file.name(), file.evidenceType(), file.description(), true, file.content());
    }

    /** An attendance list's rows: number, name, institution, and an empty cell to sign. */
    static List<List<String>> attendance(List<String[]> people) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), people.get(i)[0], people.get(i)[1], ""));
        }
        return rows;
    }

    /** {@code count} invented people of {@code organisations}, the same ones each time. */
    static List<String[]> invented(int count, int seed, String... organisations) {
        String[] given = {
            "Alejandro", "Beatriz", "Carmen", "Daniel", "Elena", "Fernando", "Gabriela", "Hugo", "Irene", "Joaquín",
            "Leticia", "Manuel", "Norma", "Octavio", "Pilar", "Rubén", "Susana", "Teresa", "Ulises", "Valeria"
        };
        String[] surnames = {
            "Aceves", "Barragán", "Camarena", "Dueñas", "Espinoza", "Flores", "Gallo", "Hernández", "Íñiguez",
                    "Jáuregui",
            "Lomelí", "Macías", "Navarro", "Ochoa", "Plascencia", "Quezada", "Ramírez", "Sandoval", "Topete", "Villa"
        };
        List<String[]> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i + seed;
            String name = given[n % given.length] + " " + surnames[(n * 7 + 3) % surnames.length] + " "
                    + surnames[(n * 3 + 11) % surnames.length];
            people.add(new String[] {name, organisations[i % organisations.length]});
        }
        return people;
    }

    static final List<Column> ATTENDANCE_COLUMNS = List.of(
            Column.of("No.", 0.3),
            Column.of("Nombre", 1.6),
            Column.of("Institución u organización", 1.8),
            Column.of("Firma", 1.0));
}
