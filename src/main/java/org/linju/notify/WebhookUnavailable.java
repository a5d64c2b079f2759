package org.linju.notify;

/** The webhook did not take the message; the publication stays incomplete and is retried. */
class WebhookUnavailable extends RuntimeException {

    WebhookUnavailable(String message) {
        super(message);
    }
}
