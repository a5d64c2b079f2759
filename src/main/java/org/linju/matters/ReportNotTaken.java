package org.linju.matters;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A report that was not stored, and when its sender may try again: the answer's status (the subclass's
 * {@link ResponseStatus}, which the error pages use too) and {@code Retry-After}. The message is a message key.
 */
public abstract class ReportNotTaken extends RuntimeException {

    private final int retryAfterSeconds;

    ReportNotTaken(String messageKey, int retryAfterSeconds, @Nullable Throwable cause) {
        super(messageKey, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public HttpStatus status() {
        ResponseStatus status = AnnotatedElementUtils.findMergedAnnotation(getClass(), ResponseStatus.class);
        if (status == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " has no @ResponseStatus");
        }
        return status.code();
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
