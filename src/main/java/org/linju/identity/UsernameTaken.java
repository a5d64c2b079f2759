package org.linju.identity;

/** An account with that username already exists. */
public class UsernameTaken extends RuntimeException {

    UsernameTaken(String username) {
        super("username " + username + " is taken");
    }
}
