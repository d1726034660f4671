package mx.costjalisco.gms.platform.security;

import java.util.List;

/**
 * The roles an account may hold. An account may hold several (a member who is also the manager). Labels are in the
 * bundle as {@code Role.NAME}.
 */
public final class Roles {

    /** Accounts and configuration. */
    public static final String ADMIN = "ADMIN";
    /** Secretaría Técnica: keeps the registry, schedules sessions, drafts minutes. */
    public static final String SECRETARY = "SECRETARY";
    /** Gerencia CoST: keeps the work plan. */
    public static final String MANAGER = "MANAGER";
    /** Presidencia: chairs sessions, signs minutes. */
    public static final String PRESIDENT = "PRESIDENT";
    /** A representative (titular or suplente) of a member institution. */
    public static final String MEMBER = "MEMBER";
    /** An institution's liaison (enlace). */
    public static final String LIAISON = "LIAISON";

    public static final List<String> ALL = List.of(ADMIN, SECRETARY, MANAGER, PRESIDENT, MEMBER, LIAISON);

    private Roles() {}

    public static boolean isKnown(String role) {
        return ALL.contains(role);
    }
}
