package mx.costjalisco.gms.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

/** What the integration tests do through the administrator's pages. */
final class Accounts {

    private Accounts() {}

    /**
     * Creates a staff account through {@code admin/account.xhtml} as the signed-in administrator; returns the path of
     * the new account's page.
     */
    static String createStaffAccount(WebClient admin, String email, String name, String role, String password) {
        WebClient.Page page = admin.get("admin/account.xhtml");
        admin.ajax(page, "form", "form:forPerson", "form:forPerson", Map.of("form:forPerson", "false"));
        WebClient.Page created = admin.ajax(
                page,
                "form",
                "form:create",
                Map.of(
                        "form:forPerson", "false",
                        "form:email", email,
                        "form:displayName", name,
                        "form:roles", role,
                        "form:password", password));
        assertNotNull(created.location(), "the account was created: " + created.text());
        assertTrue(created.location().contains("admin/account.xhtml?id="), created.location());
        return created.location();
    }
}
