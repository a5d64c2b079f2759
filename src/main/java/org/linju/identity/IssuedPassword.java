package org.linju.identity;

import java.util.UUID;

/** A temporary password Linju made for an account: shown to the admin once, changed by its owner at first sign-in. */
public record IssuedPassword(UUID accountId, String username, String displayName, String password) {}
