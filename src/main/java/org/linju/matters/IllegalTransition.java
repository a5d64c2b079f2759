package org.linju.matters;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The action is not possible at the matter's current stage. */
@ResponseStatus(HttpStatus.CONFLICT)
class IllegalTransition extends RuntimeException {

    private final Stage stage;
    private final String action;

    IllegalTransition(Stage stage, String action) {
        super("matter.illegalTransition");
        this.stage = stage;
        this.action = action;
    }

    public Stage stage() {
        return stage;
    }

    public String action() {
        return action;
    }
}
