package org.linju.meetings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A step the meeting cannot take as asked (already held, not invited, a bad date); the message is a bundle key. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class MeetingRefused extends RuntimeException {

    MeetingRefused(String messageKey) {
        super(messageKey);
    }
}
