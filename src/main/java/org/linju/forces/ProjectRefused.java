package org.linju.forces;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A project or sign-up that cannot be taken as it is (full, already signed up, bad times); a bundle key. */
@ResponseStatus(HttpStatus.CONFLICT)
class ProjectRefused extends RuntimeException {

    ProjectRefused(String messageKey) {
        super(messageKey);
    }
}
