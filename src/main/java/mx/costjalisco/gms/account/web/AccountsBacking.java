package mx.costjalisco.gms.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import mx.costjalisco.gms.account.boundary.AccountService;
import mx.costjalisco.gms.platform.security.Account;

/** {@code admin/accounts.xhtml}: every account, enabled or not, with its roles and last sign-in. */
@Named
@RequestScoped
public class AccountsBacking {

    @Inject
    private AccountService service;

    private List<Account> accounts;

    @PostConstruct
    void init() {
        accounts = service.all();
    }

    public List<Account> getAccounts() {
        return accounts;
    }
}
