package mx.costjalisco.gms.member.entity;

/**
 * The roles a person holds for an institution; each has at most one current holder per institution.
 *
 * <p>The titular represents the institution and votes; the suplente stands in when the titular is absent; the
 * enlace handles technical and operational work (art. 10); the communications liaison was added by the 2023 work
 * plan (activity IV).
 */
public enum AppointmentRole {
    PRIMARY,
    ALTERNATE,
    LIAISON,
    COMMUNICATIONS_LIAISON
}
