package org.linju.identity;

/** An admin asked for something about an account they may not do; the message is a message-bundle key. */
public class AccountRefused extends RuntimeException {

    public AccountRefused(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
