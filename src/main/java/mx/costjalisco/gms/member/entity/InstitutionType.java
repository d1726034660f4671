package mx.costjalisco.gms.member.entity;

/** What kind of body an institution is. Labels are in the bundle as {@code InstitutionType.NAME}. */
public enum InstitutionType {
    AGENCY,
    MUNICIPALITY,
    AUTONOMOUS_BODY,
    LEGISLATURE,
    CHAMBER,
    PROFESSIONAL_ASSOCIATION,
    COMPANY,
    UNIVERSITY,
    RESEARCH_CENTER,
    CIVIL_ORGANIZATION,
    INTERNATIONAL_ORGANIZATION,
    OTHER
}
