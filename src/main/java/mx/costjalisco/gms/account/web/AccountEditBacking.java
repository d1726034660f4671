package mx.costjalisco.gms.account.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import mx.costjalisco.gms.account.boundary.AccountService;
import mx.costjalisco.gms.account.boundary.InvitationService;
import mx.costjalisco.gms.member.control.PersonSearch;
import mx.costjalisco.gms.member.entity.Person;
import mx.costjalisco.gms.platform.persistence.BusinessRuleException;
import mx.costjalisco.gms.platform.persistence.ConcurrentChangeException;
import mx.costjalisco.gms.platform.security.Account;
import mx.costjalisco.gms.platform.security.CurrentUser;
import mx.costjalisco.gms.platform.security.Roles;
import mx.costjalisco.gms.platform.web.Messages;
import mx.costjalisco.gms.platform.web.Pages;

/**
 * {@code admin/account.xhtml}: creates an account for a person of the registry or for staff, changes its roles, sets
 * its password, disables or enables it.
 */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    @Inject
    private AccountService service;

    @Inject
    private InvitationService invitations;

    @Inject
    private PersonSearch people;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    private Long accountId;
    private Account account;

    private boolean forPerson = true;
    private Person person;
    private String email;
    private String displayName;
    private List<String> roles = new ArrayList<>();
    private String password;

    public void load() {
        if (accountId == null) {
            return;
        }
        account = service.find(accountId).orElse(null);
        if (account == null) {
            Pages.notFound();
            return;
        }
        displayName = account.getDisplayName();
        roles = new ArrayList<>(account.getRoles());
    }

    /** An unknown or malformed id answers 404; no id means a new account. */
    public void requireFound() {
        boolean asked = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .containsKey("id");
        if (asked && account == null && !FacesContext.getCurrentInstance().isPostback()) {
            Pages.notFound();
        }
    }

    public List<Person> suggest(String text) {
        return people.suggest(text, 12);
    }

    public String create() {
        try {
            Account created = service.create(
                    email,
                    displayName,
                    forPerson ? (person == null ? missingPerson() : person.getId()) : null,
                    new LinkedHashSet<>(roles),
                    password);
            messages.info("account.created", created.getEmail());
            messages.keepForRedirect();
            return "/admin/account?faces-redirect=true&id=" + created.getId();
        } catch (BusinessRuleException refused) {
            messages.error("form", refused);
            return null;
        }
    }

    private Long missingPerson() {
        throw BusinessRuleException.onField("person", "field.required");
    }

    public void save() {
        run(
                () -> service.update(
                        accountId,
                        account.getVersion(),
                        displayName,
                        new LinkedHashSet<>(roles),
                        currentUser.getEmail()),
                "account.saved");
    }

    public void enable() {
        run(() -> service.setEnabled(accountId, account.getVersion(), true, currentUser.getEmail()), "account.enabled");
    }

    public void disable() {
        run(
                () -> service.setEnabled(accountId, account.getVersion(), false, currentUser.getEmail()),
                "account.disabled");
    }

    /** Mails the account a one-time link to choose its password (again, if need be). */
    public void invite() {
        run(() -> invitations.invite(accountId), "invitation.sent");
    }

    public void changePassword() {
        run(
                () -> service.setPassword(accountId, account.getVersion(), password),
                "account.passwordSet",
                "passwordForm");
        password = null;
    }

    private void run(Supplier<Account> change, String doneKey) {
        run(change, doneKey, "form");
    }

    private void run(Supplier<Account> change, String doneKey, String formId) {
        try {
            account = change.get();
            messages.info(doneKey, account.getEmail());
        } catch (ConcurrentChangeException changed) {
            load();
            messages.error(null, "record.changedMeanwhile");
        } catch (BusinessRuleException refused) {
            messages.error(formId, refused);
        }
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public boolean isNew() {
        return account == null;
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public Account getAccount() {
        return account;
    }

    public boolean isForPerson() {
        return forPerson;
    }

    public void setForPerson(boolean forPerson) {
        this.forPerson = forPerson;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
