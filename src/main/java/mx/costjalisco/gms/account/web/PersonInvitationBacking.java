package mx.costjalisco.gms.account.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import mx.costjalisco.gms.account.boundary.InvitationService;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.platform.web.Messages;

/**
 * The "Invitar a la plataforma" button of {@code members/person.xhtml}: for the secretary and the administrator,
 * shown while the person has an address and no account. (It lives here, not in the registry's beans, because the
 * registry knows nothing of accounts.)
 */
@Named
@RequestScoped
public class PersonInvitationBacking {

    @Inject
    private InvitationService invitations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private final Map<Long, Boolean> invitable = new HashMap<>();

    public boolean canInvite(Long personId) {
        if (personId == null || !currentUser.hasAny(Roles.SECRETARY + "," + Roles.ADMIN)) {
            return false;
        }
        return invitable.computeIfAbsent(
                personId, id -> invitations.accountOf(id).isEmpty());
    }

    public void invite(Long personId) {
        try {
            String email = invitations.invitePerson(personId).getEmail();
            invitable.put(personId, false);
            messages.info("invitation.sent", email);
        } catch (BusinessRuleException refused) {
            messages.error(null, refused);
        }
    }
}
