package org.linju.identity;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first district admin from configuration ({@code linju.bootstrap.admin-username} and
 * {@code -password}) when no account exists yet, for deployments that cannot use the setup page.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Accounts accounts;
    private final String username;
    private final String password;

    BootstrapAdmin(
            Accounts accounts,
            @Value("${linju.bootstrap.admin-username:}") String username,
            @Value("${linju.bootstrap.admin-password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank() || accounts.anyExist()) {
            return;
        }
        accounts.open(new NewAccount(username, username, Role.DISTRICT_ADMIN, Set.of(), true, password, true));
        log.info(
                "Created the first district admin '{}' from configuration; the password must be changed at first sign-in",
                username);
    }
}
