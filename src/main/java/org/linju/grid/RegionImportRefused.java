package org.linju.grid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A region list cannot be imported; the message is a message-bundle key, {@link #argument()} fills it in. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RegionImportRefused extends RuntimeException {

    private final String argument;

    RegionImportRefused(String messageKey, String argument) {
        super(messageKey);
        this.argument = argument;
    }

    public String argument() {
        return argument;
    }
}
