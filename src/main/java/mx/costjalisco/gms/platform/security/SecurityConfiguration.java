package mx.costjalisco.gms.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The roles the application knows. People sign in through the application's own page
 * ({@link SessionAuthenticationMechanism}); a protected page sends there and, after signing in, back to the page asked
 * for (also when it came from a link in an e-mail).
 */
@DeclareRoles({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
@ApplicationScoped
public class SecurityConfiguration {}
