package org.linju.matters;

/**
 * The sender used this Idempotency-Key before for a different report: neither report is replaced, and the first
 * one's receipt is not handed out for the second (the IETF Idempotency-Key header draft answers 422).
 */
class IdempotencyKeyReused extends UnacceptableReport {

    IdempotencyKeyReused() {
        super("Idempotency-Key", "matter.idempotencyKeyReused");
    }
}
