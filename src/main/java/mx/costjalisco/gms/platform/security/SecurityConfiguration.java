package mx.costjalisco.gms.platform.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Sign-in through the application's own Faces page: a protected page redirects there, and after signing in the user
 * lands on the page they asked for (also when they came from a link in an e-mail).
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.ADMIN, Roles.SECRETARY, Roles.MANAGER, Roles.PRESIDENT, Roles.MEMBER, Roles.LIAISON})
@ApplicationScoped
public class SecurityConfiguration {}
