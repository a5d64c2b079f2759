package org.linju.identity;

/** The current password given to confirm a change is not the account's password. */
public class WrongPassword extends RuntimeException {

    WrongPassword() {
        super("password.wrongCurrent");
    }
}
