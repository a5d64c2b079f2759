package org.linju.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListPage;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionLevel;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * District admins and street staff open and change the accounts in their area ({@link AccountPolicy}); every change is
 * audited with the account before → after. Passwords, enabling and unlocking are {@link AccountAccess}.
 */
@Service
public class AccountAdministration {

    /** What an import of accounts did with its rows, by username. */
    public record Opened(List<String> opened, List<String> alreadyOpen, List<String> takenByOthers) {}

    private final AccountDirectory directory;
    private final AccountAudit audit;
    private final Departments departments;
    private final PasswordEncoder passwords;
    private final OtherSessions sessions;

    AccountAdministration(
            AccountDirectory directory,
            AccountAudit audit,
            Departments departments,
            PasswordEncoder passwords,
            OtherSessions sessions) {
        this.directory = directory;
        this.audit = audit;
        this.departments = departments;
        this.passwords = passwords;
        this.sessions = sessions;
    }

    /** The list's sortable columns, the first one the default. */
    public static List<String> sortableColumns() {
        return AccountDirectory.SORTABLE;
    }

    public static boolean administersAccounts(Role role) {
        return AccountPolicy.administers(role);
    }

    /** The roles the admin may give, in the enum's order (district roles first). */
    public static List<Role> grantableRoles(CurrentUser admin) {
        return AccountPolicy.grantableBy(admin.role()).stream().sorted().toList();
    }

    public static Set<RegionLevel> areaLevels(Role role) {
        return AccountPolicy.areaLevels(role);
    }

    public ListPage<ManagedAccount> list(CurrentUser admin, AccountFilter filter, ListRequest request) {
        if (!AccountPolicy.administers(admin.role())) {
            throw new OutOfScope("accounts");
        }
        return directory.list(
                admin.scope(),
                AccountPolicy.grantableBy(admin.role()),
                admin.role() == Role.DISTRICT_ADMIN,
                filter,
                request);
    }

    public ManagedAccount find(CurrentUser admin, UUID id) {
        return directory
                .find(id)
                .filter(account -> AccountPolicy.manages(admin, account))
                .orElseThrow(AccountNotFound::new);
    }

    /** The message key of the first rule the draft breaks for this admin, if any (the username may still be taken). */
    public Optional<String> refusal(CurrentUser admin, AccountDraft draft) {
        return AccountPolicy.nameRefusal(draft.username(), draft.displayName())
                .or(() -> AccountPolicy.refusal(admin, draft.role(), draft.areas()))
                .or(() -> departmentRefusal(draft.role(), draft.departmentCode()));
    }

    /** Opens the account with a temporary password, shown to the admin this once. */
    @Transactional
    public IssuedPassword open(CurrentUser admin, AccountDraft draft) {
        refusal(admin, draft).ifPresent(AccountAdministration::refuse);
        String password = TemporaryPasswords.make();
        UUID id = UUID.randomUUID();
        if (!directory.insert(id, draft, passwords.encode(password), false)) {
            refuse("account.refused.usernameTaken");
        }
        audit.opened(admin, draft);
        return new IssuedPassword(id, draft.username(), draft.displayName(), password);
    }

    /**
     * Opens imported accounts that wait for a temporary password ({@link AccountAccess#issueAwaiting}); a username
     * already open is left as it is, so uploading a sheet again opens nobody twice.
     */
    @Transactional
    public Opened openAwaitingPassword(CurrentUser admin, List<AccountDraft> drafts) {
        // Nobody learns this password: the accounts cannot sign in until an admin issues each a temporary one.
        String unknown = passwords.encode(TemporaryPasswords.make() + TemporaryPasswords.make());
        List<String> opened = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> taken = new ArrayList<>();
        for (AccountDraft draft : drafts) {
            refusal(admin, draft).ifPresent(AccountAdministration::refuse);
            if (directory.insert(UUID.randomUUID(), draft, unknown, true)) {
                audit.opened(admin, draft);
                opened.add(draft.username());
            } else if (directory.holds(draft.username(), draft.displayName())) {
                already.add(draft.username());
            } else {
                taken.add(draft.username());
            }
        }
        return new Opened(opened, already, taken);
    }

    /** Changes name, role, areas or department; a new role or area also ends the account's sessions. */
    @Transactional
    public void change(CurrentUser admin, UUID id, AccountChange change) {
        int enabledAdmins = directory.lockForChange(id);
        ManagedAccount before = find(admin, id);
        boolean keepsWholeDistrict = before.unrestricted()
                && change.role() == Role.DISTRICT_ADMIN
                && change.areas().isEmpty();
        AccountPolicy.nameRefusal(before.username(), change.displayName()).ifPresent(AccountAdministration::refuse);
        if (!keepsWholeDistrict) {
            AccountPolicy.refusal(admin, change.role(), change.areas()).ifPresent(AccountAdministration::refuse);
        }
        departmentRefusal(change.role(), change.departmentCode()).ifPresent(AccountAdministration::refuse);
        if (before.role() == Role.DISTRICT_ADMIN && change.role() != Role.DISTRICT_ADMIN) {
            LastAdmin.check(before, enabledAdmins);
        }
        directory.change(id, change);
        audit.changed(admin, before, change);
        if (before.role() != change.role() || !Set.copyOf(before.areas()).equals(codes(change))) {
            sessions.end(before.username(), "");
        }
    }

    private static Set<String> codes(AccountChange change) {
        return Set.copyOf(change.areas().stream().map(Object::toString).toList());
    }

    private Optional<String> departmentRefusal(Role role, @Nullable String departmentCode) {
        if (role != Role.DEPARTMENT_STAFF) {
            return Optional.empty();
        }
        if (departmentCode == null || departments.find(departmentCode).isEmpty()) {
            return Optional.of("account.refused.department");
        }
        return Optional.empty();
    }

    static void refuse(String messageKey) {
        throw new AccountRefused(messageKey);
    }
}
