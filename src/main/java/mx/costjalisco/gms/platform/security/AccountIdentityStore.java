package mx.costjalisco.gms.platform.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/** Jakarta Security's view of the accounts table: validates e-mail and password, and gives the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            return signIn.signIn(login.getCaller(), login.getPassword().getValue())
                    .map(caller -> new CredentialValidationResult(caller.email(), caller.roles()))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (EJBException concurrentFailures) {
            // two failed attempts for a new address at the same instant: one counter row wins; still a failure
            return CredentialValidationResult.INVALID_RESULT;
        }
    }
}
