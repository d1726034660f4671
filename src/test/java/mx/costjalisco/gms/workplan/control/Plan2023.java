package mx.costjalisco.gms.workplan.control;

import java.time.LocalDate;
import mx.costjalisco.gms.workplan.control.Target.Aggregation;

/** The periods and targets of the GMS's 2023 work plan (the seed), as the tests use them. */
final class Plan2023 {

    /** I: "26 de enero 2023", "Marzo 2023", "Julio – diciembre" (training), "Julio – diciembre" (forum). */
    static final PlanPeriod ACTIVITY_I = PlanPeriod.union(
            PlanPeriod.day(2023, 1, 26),
            PlanPeriod.month(2023, 3),
            PlanPeriod.months(2023, 7, 12),
            PlanPeriod.months(2023, 7, 12));

    /** IV: "Febrero, Junio y Noviembre". */
    static final PlanPeriod FEB_JUN_NOV =
            PlanPeriod.union(PlanPeriod.month(2023, 2), PlanPeriod.month(2023, 6), PlanPeriod.month(2023, 11));

    /** I: 15 personas (enlaces del GMS), trained on 26 January 2023. */
    static final Target LIAISONS_TRAINED =
            Target.quantity(15, "personas", Aggregation.SUM, PlanPeriod.day(2023, 1, 26));

    /** I: 100 personas of CMIC and civil-society organizations, July – December. */
    static final Target PUBLIC_TRAINED =
            Target.quantity(100, "personas", Aggregation.SUM, PlanPeriod.months(2023, 7, 12));

    /** II: La versión 2 de la plataforma, Enero – abril. */
    static final Target PLATFORM_V2 = Target.milestone(PlanPeriod.months(2023, 1, 4));

    /** III: 4 convenios de integrantes actuales, Enero – marzo. */
    static final Target AGREEMENTS = Target.quantity(4, "convenios", Aggregation.SUM, PlanPeriod.months(2023, 1, 3));

    /** III: +2 Ayuntamientos o entidades, Enero – marzo. */
    static final Target NEW_ENTITIES =
            Target.quantity(2, "ayuntamientos", Aggregation.SUM, PlanPeriod.months(2023, 1, 3));

    /** IV: alcanzar a 3 millones de receptores (a running count: the latest figure). */
    static final Target RECEIVERS = Target.quantity(3_000_000, "receptores", Aggregation.LATEST, FEB_JUN_NOV);

    /** V: Reforma aplicada en Guadalajara, Enero – diciembre. */
    static final Target GUADALAJARA_REFORM = Target.milestone(PlanPeriod.months(2023, 1, 12));

    /** VI: capacitar a 100 personas en auditoría social, Julio – diciembre. */
    static final Target SOCIAL_AUDIT_TRAINED =
            Target.quantity(100, "personas", Aggregation.SUM, PlanPeriod.months(2023, 7, 12));

    /** VII: 04 sesiones celebradas, Enero a diciembre. */
    static final Target SESSIONS = Target.quantity(4, "sesiones", Aggregation.SUM, PlanPeriod.months(2023, 1, 12));

    private Plan2023() {}

    static LocalDate on(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
