package org.linju.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.linju.shared.ListRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether and how an account signs in, as its admin decides: a new temporary password, disabled or enabled, sign-in
 * delays cleared. Each is audited; disabling and a new password end the account's sessions.
 */
@Service
public class AccountAccess {

    private final AccountAdministration administration;
    private final AccountDirectory directory;
    private final AccountAudit audit;
    private final LoginFailures failures;
    private final PasswordEncoder passwords;
    private final OtherSessions sessions;

    AccountAccess(
            AccountAdministration administration,
            AccountDirectory directory,
            AccountAudit audit,
            LoginFailures failures,
            PasswordEncoder passwords,
            OtherSessions sessions) {
        this.administration = administration;
        this.directory = directory;
        this.audit = audit;
        this.failures = failures;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    /** A new temporary password, shown to the admin this once; the owner must change it at the next sign-in. */
    @Transactional
    public IssuedPassword resetPassword(CurrentUser admin, UUID id) {
        return issue(admin, administration.find(admin, id));
    }

    private IssuedPassword issue(CurrentUser admin, ManagedAccount account) {
        String password = TemporaryPasswords.make();
        directory.issuePassword(account.id(), passwords.encode(password));
        audit.passwordIssued(admin, account);
        sessions.end(account.username(), "");
        return new IssuedPassword(account.id(), account.username(), account.displayName(), password);
    }

    /**
     * Temporary passwords for up to {@link ListRequest#MAX_SIZE} imported accounts of the admin's area that have none
     * yet, for a sheet shown to this admin once; the rest on the next call.
     */
    @Transactional
    public List<IssuedPassword> issueAwaiting(CurrentUser admin) {
        ListRequest first = new ListRequest(0, ListRequest.MAX_SIZE, "username", false);
        AccountFilter awaiting = new AccountFilter(null, null, AccountState.AWAITING_PASSWORD, null);
        List<IssuedPassword> issued = new ArrayList<>();
        for (ManagedAccount account :
                administration.list(admin, awaiting, first).rows()) {
            issued.add(issue(admin, account));
        }
        return issued;
    }

    @Transactional
    public void disable(CurrentUser admin, UUID id) {
        int enabledAdmins = directory.lockForChange(id);
        ManagedAccount account = administration.find(admin, id);
        if (account.id().equals(admin.id())) {
            throw new AccountRefused("account.refused.self");
        }
        LastAdmin.check(account, enabledAdmins);
        if (account.enabled()) {
            directory.enable(id, false);
            audit.enabled(admin, account, false);
        }
        sessions.end(account.username(), "");
    }

    @Transactional
    public void enable(CurrentUser admin, UUID id) {
        directory.lockForChange(id);
        ManagedAccount account = administration.find(admin, id);
        if (!account.enabled()) {
            directory.enable(id, true);
            audit.enabled(admin, account, true);
        }
    }

    /** Clears the account's sign-in delays after wrong passwords; false when it had none. */
    @Transactional
    public boolean unlock(CurrentUser admin, UUID id) {
        ManagedAccount account = administration.find(admin, id);
        if (!failures.clearWithin(account.username(), GridScope.unrestricted())) {
            return false;
        }
        audit.unlocked(admin, account);
        return true;
    }
}
