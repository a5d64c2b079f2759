package org.linju;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.linju.identity.Accounts;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Acts as one of the demo district's accounts in MockMvc requests. */
public final class Logins {

    private Logins() {}

    public static RequestPostProcessor as(Accounts accounts, String username) {
        return user(accounts.loadUserByUsername(username));
    }
}
