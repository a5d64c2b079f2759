package org.linju.meetings;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No meeting with that id (or none the caller may see: both read the same, so ids outside the area reveal nothing). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MeetingNotFound extends RuntimeException {

    MeetingNotFound() {
        super("meeting.notFound");
    }
}
