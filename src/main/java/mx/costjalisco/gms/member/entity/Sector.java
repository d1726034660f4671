package mx.costjalisco.gms.member.entity;

/**
 * The four sectors of the GMS (Reglamento Interno, art. 10). The seats each sector holds are configuration; see
 * {@code CompositionRule}.
 */
public enum Sector {
    GOVERNMENT,
    PRIVATE,
    CIVIL_SOCIETY,
    ACADEMIA
}
