package org.linju.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linju.shared.RegionCode;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens accounts and keeps their passwords. The module's published API.
 */
@Service
public class Accounts implements UserDetailsService {

    private final AccountStore store;
    private final PasswordEncoder passwords;

    Accounts(AccountStore store, PasswordEncoder passwords) {
        this.store = store;
        this.passwords = passwords;
    }

    public boolean anyExist() {
        return store.anyExist();
    }

    @Transactional
    public UUID open(NewAccount account) {
        PasswordPolicy.violation(account.password()).ifPresent(key -> {
            throw new WeakPassword(key);
        });
        if (store.usernameExists(account.username())) {
            throw new UsernameTaken(account.username());
        }
        UUID id = UUID.randomUUID();
        store.insert(id, account, passwords.encode(account.password()));
        return id;
    }

    /** Opens many accounts that share one password hash (demo data), skipping the per-account hashing cost. */
    @Transactional
    public void openAllWithSamePassword(Iterable<NewAccount> accounts, String password) {
        String hash = passwords.encode(password);
        for (NewAccount account : accounts) {
            store.insert(UUID.randomUUID(), account, hash);
        }
    }

    @Transactional
    public void changePassword(UUID accountId, String currentPassword, String newPassword) {
        String hash = store.passwordHash(accountId).orElseThrow(() -> new WrongPassword());
        if (!passwords.matches(currentPassword, hash)) {
            throw new WrongPassword();
        }
        if (passwords.matches(newPassword, hash)) {
            throw new WeakPassword("password.mustDiffer");
        }
        PasswordPolicy.violation(newPassword).ifPresent(key -> {
            throw new WeakPassword(key);
        });
        store.changePassword(accountId, passwords.encode(newPassword));
    }

    /** Usernames of enabled accounts in these roles whose scope covers the node (for notifications). */
    public List<String> usernamesCovering(RegionCode node, Collection<Role> roles) {
        return store.usernamesCovering(
                node.value(), roles.stream().map(Enum::name).toArray(String[]::new));
    }

    /** The sign-ins whose whole area lies inside this one (never an unrestricted one). */
    public List<String> usernamesWithin(GridScope area) {
        return store.usernamesWithin(area);
    }

    public Optional<CurrentUser> find(String username) {
        return store.findByUsername(username);
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }
}
