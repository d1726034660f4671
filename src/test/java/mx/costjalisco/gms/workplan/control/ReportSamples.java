package mx.costjalisco.gms.workplan.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import mx.costjalisco.gms.meeting.entity.Meeting;
import mx.costjalisco.gms.meeting.entity.MeetingKind;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.member.entity.InstitutionType;
import mx.costjalisco.gms.member.entity.Sector;
import mx.costjalisco.gms.workplan.control.Target.Aggregation;
import mx.costjalisco.gms.workplan.control.Target.Kind;
import mx.costjalisco.gms.workplan.entity.Activity;
import mx.costjalisco.gms.workplan.entity.ActivityState;
import mx.costjalisco.gms.workplan.entity.AutoCount;
import mx.costjalisco.gms.workplan.entity.DaySpan;
import mx.costjalisco.gms.workplan.entity.Evidence;
import mx.costjalisco.gms.workplan.entity.PlanTarget;
import mx.costjalisco.gms.workplan.entity.ProgressEntry;
import mx.costjalisco.gms.workplan.entity.TargetSpan;
import mx.costjalisco.gms.workplan.entity.WorkPlan;

/**
 * Work plans with their entries and evidence, built in memory as the database would give them, and their reports
 * computed as {@link WorkPlanProgress} computes them: the 2023 plan's seven activities, and a large plan.
 */
final class ReportSamples {

    static final ZoneId ZONE = ZoneId.of("America/Mexico_City");
    static final ZonedDateTime GENERATED = ZonedDateTime.of(2023, 7, 4, 10, 30, 0, 0, ZONE);
    static final LocalDate END_OF_Q2 = Quarter.of(2023, 2).last();

    static final Institution CMIC = new Institution(
            "Cámara Mexicana de la Industria de la Construcción",
            Sector.PRIVATE,
            InstitutionType.CHAMBER,
            LocalDate.of(2019, 1, 1));

    /** A plan, its entries (withdrawn ones included), its evidence, and the entries of its counted targets. */
    static final class Sample {
        final WorkPlan plan;
        final List<Activity> activities = new ArrayList<>();
        final List<ProgressEntry> entries = new ArrayList<>();
        final List<Evidence> evidence = new ArrayList<>();
        final Map<PlanTarget, List<Entry>> counted = new IdentityHashMap<>();

        Sample(WorkPlan plan) {
            this.plan = plan;
        }

        Activity activity(String title, String responsible, String periodLabel, LocalDate first, LocalDate last) {
            Activity activity = new Activity(plan, activities.size() + 1, title, responsible, periodLabel);
            activity.setSpans(List.of(new DaySpan(first, last, null)));
            activities.add(activity);
            return activity;
        }

        PlanTarget quantity(Activity activity, String description, long goal, String unit, Aggregation aggregation) {
            PlanTarget target = new PlanTarget(activity, activity.getTargets().size() + 1);
            target.define(description, Kind.QUANTITY, BigDecimal.valueOf(goal), unit, aggregation, null, List.of());
            activity.getTargets().add(target);
            return target;
        }

        PlanTarget milestone(Activity activity, String description) {
            PlanTarget target = new PlanTarget(activity, activity.getTargets().size() + 1);
            target.define(description, Kind.MILESTONE, BigDecimal.ONE, null, Aggregation.LATEST, null, List.of());
            activity.getTargets().add(target);
            return target;
        }

        PlanTarget sessions(Activity activity, String description, long goal, LocalDate... held) {
            PlanTarget target = new PlanTarget(activity, activity.getTargets().size() + 1);
            target.define(
                    description,
                    Kind.QUANTITY,
                    BigDecimal.valueOf(goal),
                    "sesiones",
                    Aggregation.SUM,
                    AutoCount.ORDINARY_SESSIONS_HELD,
                    List.of());
            activity.getTargets().add(target);
            List<Entry> days = new ArrayList<>();
            for (LocalDate day : held) {
                days.add(Entry.of(day, 1));
            }
            counted.put(target, days);
            return target;
        }

        ProgressEntry entry(PlanTarget target, LocalDate date, long amount, String note) {
            ProgressEntry entry = new ProgressEntry(
                    target,
                    date,
                    BigDecimal.valueOf(amount),
                    note,
                    "Nota interna: " + note,
                    CMIC,
                    date.atTime(18, 0).atZone(ZONE).toInstant(),
                    "enlace.cmic");
            entries.add(entry);
            return entry;
        }

        Evidence evidence(Activity activity, String fileName) {
            Evidence file = new Evidence(
                    activity,
                    null,
                    "Lista de asistencia",
                    "Lista firmada",
                    fileName,
                    "application/pdf",
                    120_000,
                    "0".repeat(64),
                    null,
                    CMIC,
                    Instant.parse("2023-05-20T17:00:00Z"),
                    "enlace.cmic");
            evidence.add(file);
            return file;
        }

        /** The plan's progress as of the end of {@code asOf}, as {@link WorkPlanProgress#report} computes it. */
        PlanReport report(LocalDate asOf) {
            List<ActivityReport> reports = new ArrayList<>();
            for (Activity activity : activities) {
                List<TargetReport> targets = new ArrayList<>();
                for (PlanTarget target : activity.getTargets()) {
                    Target definition = WorkPlanProgress.definition(target);
                    List<Entry> entries = target.isCounted()
                            ? counted.get(target)
                            : this.entries.stream()
                                    .filter(e -> e.getTarget() == target)
                                    .map(e -> new Entry(e.getDate(), e.getAmount(), e.isWithdrawn()))
                                    .toList();
                    targets.add(new TargetReport(
                            target,
                            definition,
                            entries,
                            StatusRule.DEFAULT.evaluate(definition, entries, asOf),
                            BurnUpPoint.series(definition, entries, asOf)));
                }
                reports.add(new ActivityReport(
                        activity,
                        targets,
                        new ActivityProgress(
                                targets.stream().map(TargetReport::progress).toList())));
            }
            return new PlanReport(plan, asOf, reports);
        }
    }

    private ReportSamples() {}

    /** Gives {@code target} a period of its own instead of its activity's. */
    private static void within(PlanTarget target, LocalDate first, LocalDate last) {
        target.define(
                target.getDescription(),
                target.getKind(),
                target.getGoal(),
                target.getUnit(),
                target.getAggregation(),
                target.getAutoCount(),
                List.of(new TargetSpan(first, last)));
    }

    /**
     * The 2023 plan's seven activities with entries in every quarter. As of 30 June 2023: I.1 and II done; I.2 and VI
     * not started; III.1 and III.2 late; IV, V.1 and VII on track; V.2 at risk.
     */
    static Sample plan2023() {
        WorkPlan plan = new WorkPlan(
                2023,
                "Plan de trabajo 2023 del GMS de CoST Jalisco",
                2022,
                Instant.parse("2022-11-01T16:00:00Z"),
                "gerencia");
        Meeting approval = new Meeting(
                MeetingKind.ORDINARY, LocalDateTime.of(2022, 12, 8, 9, 0), LocalDateTime.of(2022, 12, 8, 11, 0));
        approval.numberAs(4);
        plan.approve(LocalDate.of(2022, 12, 8), approval, "GMS-2022-O4-03");
        plan.nextRevision();
        Sample s = new Sample(plan);

        Activity training = s.activity(
                "Capacitación en el Estándar de Datos para las Contrataciones Abiertas",
                "CMIC – Gerente CoST Jalisco",
                "26 de enero, marzo y julio – diciembre 2023",
                LocalDate.of(2023, 1, 26),
                LocalDate.of(2023, 12, 31));
        training.setState(ActivityState.IN_PROGRESS);
        PlanTarget liaisons = s.quantity(training, "15 personas (enlaces del GMS)", 15, "personas", Aggregation.SUM);
        within(liaisons, LocalDate.of(2023, 1, 26), LocalDate.of(2023, 3, 31));
        PlanTarget publicTrained = s.quantity(
                training, "100 personas de la CMIC y de organizaciones civiles", 100, "personas", Aggregation.SUM);
        within(publicTrained, LocalDate.of(2023, 7, 1), LocalDate.of(2023, 12, 31));
        s.entry(liaisons, LocalDate.of(2023, 1, 26), 12, "Taller de inducción para enlaces");
        s.entry(liaisons, LocalDate.of(2023, 3, 15), 3, "Segunda sesión de capacitación");
        s.entry(publicTrained, LocalDate.of(2023, 7, 20), 40, "Curso de julio para la CMIC");

        Activity platform = s.activity(
                "Plataforma de datos abiertos",
                "Gerente CoST Jalisco",
                "Enero – abril",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 4, 30));
        platform.setState(ActivityState.DONE);
        PlanTarget v2 = s.milestone(platform, "La versión 2 de la plataforma");
        s.entry(v2, LocalDate.of(2023, 4, 20), 1, "Versión 2 publicada en el sitio");
        s.evidence(platform, "captura-plataforma-v2.png");

        Activity agreements = s.activity(
                "Convenios de colaboración",
                "Presidencia del GMS",
                "Enero – marzo",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 3, 31));
        PlanTarget signed =
                s.quantity(agreements, "4 convenios de integrantes actuales", 4, "convenios", Aggregation.SUM);
        PlanTarget entities =
                s.quantity(agreements, "+2 Ayuntamientos o entidades", 2, "ayuntamientos", Aggregation.SUM);
        s.entry(signed, LocalDate.of(2023, 2, 10), 2, "Convenios con la CMIC y el CICEJ");
        s.entry(signed, LocalDate.of(2023, 5, 10), 1, "Convenio con la COPARMEX");
        s.entry(entities, LocalDate.of(2023, 4, 12), 1, "Ayuntamiento de Zapopan")
                .withdraw(Instant.parse("2023-04-13T16:00:00Z"), "gerencia", "Registrado por error en esta meta");
        s.evidence(agreements, "convenio-coparmex.pdf");
        s.evidence(agreements, "convenio-duplicado.pdf")
                .withdraw(Instant.parse("2023-05-21T16:00:00Z"), "gerencia", "Archivo duplicado");

        Activity outreach = s.activity(
                "Difusión de los datos de infraestructura",
                "Comunicación social de la CMIC",
                "Febrero, junio y noviembre",
                LocalDate.of(2023, 2, 1),
                LocalDate.of(2023, 2, 28));
        outreach.setSpans(List.of(
                new DaySpan(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 2, 28), "Febrero"),
                new DaySpan(LocalDate.of(2023, 6, 1), LocalDate.of(2023, 6, 30), "Junio"),
                new DaySpan(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30), "Noviembre")));
        PlanTarget receivers = s.quantity(
                outreach, "Alcanzar a 3 millones de receptores", 3_000_000, "receptores", Aggregation.LATEST);
        s.entry(receivers, LocalDate.of(2023, 2, 28), 1_250_000, "Campaña de febrero");
        s.entry(receivers, LocalDate.of(2023, 6, 30), 2_100_000, "Campaña de junio en redes sociales");

        Activity reform = s.activity(
                "Reforma a los lineamientos de obra pública",
                "Ayuntamiento de Guadalajara",
                "Enero – diciembre",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31));
        s.milestone(reform, "Reforma aplicada en Guadalajara");
        PlanTarget officials =
                s.quantity(reform, "20 servidores públicos capacitados", 20, "personas", Aggregation.SUM);
        s.entry(officials, LocalDate.of(2023, 5, 30), 6, "Primer grupo de servidores públicos");

        s.activity(
                "Auditoría social",
                "Organizaciones de la sociedad civil",
                "Julio – diciembre",
                LocalDate.of(2023, 7, 1),
                LocalDate.of(2023, 12, 31));
        s.quantity(
                s.activities.get(5), "Capacitar a 100 personas en auditoría social", 100, "personas", Aggregation.SUM);

        Activity sessions = s.activity(
                "Sesiones del GMS",
                "Secretaría Técnica",
                "Enero a diciembre",
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31));
        s.sessions(
                sessions,
                "04 sesiones celebradas",
                4,
                LocalDate.of(2023, 2, 16),
                LocalDate.of(2023, 5, 18),
                LocalDate.of(2023, 8, 17));
        return s;
    }

    /** A plan of {@code activities} activities of four targets each and {@code entries} entries spread over the year. */
    static Sample large(int activities, int entries) {
        WorkPlan plan = new WorkPlan(2023, "Plan de trabajo de prueba de volumen", null, Instant.EPOCH, "gerencia");
        Sample s = new Sample(plan);
        List<PlanTarget> targets = new ArrayList<>();
        for (int a = 0; a < activities; a++) {
            Activity activity = s.activity(
                    "Actividad de prueba número " + (a + 1) + " con un nombre de longitud realista",
                    "Institución responsable " + (a + 1),
                    "Enero – diciembre",
                    LocalDate.of(2023, 1, 1),
                    LocalDate.of(2023, 12, 31));
            for (int t = 0; t < 3; t++) {
                targets.add(s.quantity(
                        activity,
                        "Meta " + (t + 1) + " de la actividad " + (a + 1),
                        1_000,
                        "personas",
                        Aggregation.SUM));
            }
            targets.add(s.milestone(activity, "Hito de la actividad " + (a + 1)));
        }
        for (int i = 0; i < entries; i++) {
            PlanTarget target = targets.get(i % targets.size());
            LocalDate date = LocalDate.of(2023, 1, 1).plusDays((i * 7L) % 365);
            s.entry(
                    target,
                    date,
                    target.isMilestone() ? (i / targets.size()) % 2 : 1 + i % 17,
                    "Avance " + (i + 1) + ": taller realizado con las instituciones participantes de la región");
        }
        return s;
    }
}
