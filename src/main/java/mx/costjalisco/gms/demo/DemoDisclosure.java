package mx.costjalisco.gms.demo;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import mx.costjalisco.gms.disclosure.entity.EntityKind;
import mx.costjalisco.gms.disclosure.entity.ParticipationAgreement;
import mx.costjalisco.gms.disclosure.entity.PublishingEntity;
import mx.costjalisco.gms.member.entity.Institution;
import mx.costjalisco.gms.platform.audit.AuditLog;
import mx.costjalisco.gms.platform.files.FileStore;

/**
 * The publishing entities of the demo: the four that published from the start (the State Government, Guadalajara,
 * Zapopan, Tlajomulco), joined at the GMS's installation on 4 November 2019, each with its 2023 agreement signed (the
 * signed PDF attached) on the days the demo plan's activity III counts; and San Pedro Tlaquepaque, which joined on 21
 * June 2023 (what the plan's "+2 ayuntamientos" counts, late). Loaded once: only when there is no publishing entity
 * yet.
 */
@Dependent
public class DemoDisclosure {

    private static final LocalDate JOINED = LocalDate.of(2019, 11, 4);
    private static final String TITLE =
            "Convenio de colaboración para la publicación de información de obra pública 2023";

    /** A 2023 agreement as signed: its PDF's name, the party and who signed for it, the day. */
    record Signed(String fileName, String party, String signer, LocalDate on) {}

    static final Signed STATE = new Signed(
            "convenio-gobierno-del-estado-2023-02-14.pdf",
            "Gobierno del Estado de Jalisco",
            "Laura Beatriz Ochoa Vega, Directora General de Obra Pública",
            LocalDate.of(2023, 2, 14));
    static final Signed GUADALAJARA = new Signed(
            "convenio-guadalajara-2023-03-09.pdf",
            "Ayuntamiento de Guadalajara",
            "Jorge Alberto Ruvalcaba Lira, Director de Obras Públicas",
            LocalDate.of(2023, 3, 9));
    static final Signed ZAPOPAN = new Signed(
            "convenio-zapopan-2023-03-23.pdf",
            "Ayuntamiento de Zapopan",
            "Miguel Ángel Cortés Villaseñor, Coordinador de Gestión Integral de la Ciudad",
            LocalDate.of(2023, 3, 23));
    static final Signed TLAJOMULCO = new Signed(
            "convenio-tlajomulco-2023-08-15.pdf",
            "Ayuntamiento de Tlajomulco de Zúñiga",
            "Sofía Elena Partida Ramos, Directora General de Obras Públicas",
            LocalDate.of(2023, 8, 15));

    private record Demo(
            String name,
            String shortName,
            EntityKind kind,
            String partyId,
            LocalDate joinedOn,
            Signed signed,
            LocalDate validUntil,
            Integer projectsPerQuarter) {}

    private static final List<Demo> ENTITIES = List.of(
            new Demo(
                    "Gobierno del Estado de Jalisco",
                    "Gobierno del Estado",
                    EntityKind.GOVERNMENT_AGENCY,
                    "MX-EST-14",
                    JOINED,
                    STATE,
                    LocalDate.of(2024, 12, 5),
                    15),
            new Demo(
                    "Ayuntamiento de Guadalajara",
                    "Guadalajara",
                    EntityKind.MUNICIPALITY,
                    "MX-MUN-14039",
                    JOINED,
                    GUADALAJARA,
                    LocalDate.of(2024, 9, 30),
                    10),
            new Demo(
                    "Ayuntamiento de Zapopan",
                    "Zapopan",
                    EntityKind.MUNICIPALITY,
                    "MX-MUN-14120",
                    JOINED,
                    ZAPOPAN,
                    LocalDate.of(2024, 9, 30),
                    10),
            new Demo(
                    "Ayuntamiento de Tlajomulco de Zúñiga",
                    "Tlajomulco",
                    EntityKind.MUNICIPALITY,
                    "MX-MUN-14097",
                    JOINED,
                    TLAJOMULCO,
                    LocalDate.of(2024, 9, 30),
                    6),
            new Demo(
                    "Ayuntamiento de San Pedro Tlaquepaque",
                    "Tlaquepaque",
                    EntityKind.MUNICIPALITY,
                    "MX-MUN-14098",
                    LocalDate.of(2023, 6, 21),
                    null,
                    null,
                    null));

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private FileStore files;

    /** The days the demo's agreements were signed. */
    static List<LocalDate> agreementsSigned() {
        return ENTITIES.stream()
                .filter(e -> e.signed() != null)
                .map(e -> e.signed().on())
                .toList();
    }

    /** The days the demo's entities joined. */
    static List<LocalDate> entitiesJoined() {
        return ENTITIES.stream().map(Demo::joinedOn).toList();
    }

    /** Adds the demo entities and agreements; returns how many records it added (0 when entities exist already). */
    int load(ZoneId zone) {
        Long existing = em.createQuery("SELECT COUNT(e) FROM PublishingEntity e", Long.class)
                .getSingleResult();
        if (existing > 0) {
            return 0;
        }
        int added = 0;
        for (Demo demo : ENTITIES) {
            PublishingEntity entity = new PublishingEntity(
                    demo.name(), demo.kind(), demo.joinedOn(), at(demo.joinedOn(), zone), AuditLog.SYSTEM);
            entity.setShortName(demo.shortName());
            entity.setPartyId(demo.partyId());
            entity.setInstitution(institution(demo.name()));
            em.persist(entity);
            em.flush();
            audit.created(entity);
            added++;
            if (demo.signed() != null) {
                Signed signed = demo.signed();
                ParticipationAgreement agreement =
                        new ParticipationAgreement(entity, TITLE, at(signed.on(), zone), AuditLog.SYSTEM);
                agreement.setValidUntil(demo.validUntil());
                agreement.setProjectsPerQuarter(demo.projectsPerQuarter());
                agreement.setCommitments("Publicar en la plataforma CoST Jalisco al menos " + demo.projectsPerQuarter()
                        + " proyectos de infraestructura y obra pública por trimestre, con sus datos de contratación"
                        + " y avance, conforme al Estándar de Datos para las Contrataciones Abiertas en"
                        + " Infraestructura (OC4IDS).");
                byte[] pdf =
                        DemoEvidence.render(DemoPlanActivities.agreement(signed).content(), signed.on(), zone);
                FileStore.StoredFile stored = files.store(signed.fileName(), new ByteArrayInputStream(pdf));
                agreement.attach(signed.fileName(), stored.contentType(), stored.size(), stored.sha256());
                agreement.sign(signed.on());
                em.persist(agreement);
                em.flush();
                audit.created(agreement);
                added++;
            }
        }
        return added;
    }

    private Institution institution(String name) {
        return em.createQuery("SELECT i FROM Institution i WHERE i.name = :name", Institution.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Recorded at 18:00 of the day it happened, like the demo plan's entries. */
    private static Instant at(LocalDate day, ZoneId zone) {
        return day.atTime(18, 0).atZone(zone).toInstant();
    }
}
