package org.linju.shared;

/** Not a valid GB 11643 identity card number; the message is a message-bundle key. */
public class InvalidIdCardNumber extends IllegalArgumentException {

    public InvalidIdCardNumber(String messageKey) {
        super(messageKey);
    }
}
