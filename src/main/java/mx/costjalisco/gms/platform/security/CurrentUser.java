package mx.costjalisco.gms.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** Who is asking, for pages: whether they are signed in, their name, and which roles they hold. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext securityContext;

    @PersistenceContext
    private EntityManager em;

    private Optional<Account> account;

    public boolean isSignedIn() {
        return principal() != null;
    }

    public String getEmail() {
        Principal principal = principal();
        return principal == null ? null : principal.getName();
    }

    /** The name to greet them with: the account's display name. */
    public String getDisplayName() {
        return account().map(Account::getDisplayName).orElseGet(this::getEmail);
    }

    public Optional<Account> account() {
        if (account == null) {
            String email = getEmail();
            account = email == null
                    ? Optional.empty()
                    : em.createNamedQuery(Account.FIND_BY_EMAIL, Account.class)
                            .setParameter("email", email)
                            .getResultStream()
                            .findFirst();
        }
        return account;
    }

    public boolean has(String role) {
        return isSignedIn() && securityContext.isCallerInRole(role);
    }

    /** Any of the roles, for menus: {@code #{currentUser.hasAny('SECRETARY,ADMIN')}}. */
    public boolean hasAny(String roles) {
        for (String role : roles.split(",")) {
            if (has(role.trim())) {
                return true;
            }
        }
        return false;
    }

    private Principal principal() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null || "ANONYMOUS".equals(principal.getName()) ? null : principal;
    }
}
