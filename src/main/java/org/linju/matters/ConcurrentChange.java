package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Someone else acted on the matter first; nothing was overwritten. */
@ResponseStatus(HttpStatus.CONFLICT)
class ConcurrentChange extends RuntimeException {

    ConcurrentChange() {
        super("matter.concurrentChange");
    }
}
