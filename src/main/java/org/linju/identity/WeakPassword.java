package org.linju.identity;

/** A chosen password breaks the password policy; the message is a message-bundle key. */
public class WeakPassword extends RuntimeException {

    WeakPassword(String messageKey) {
        super(messageKey);
    }
}
