package org.linju.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The sessions an account has open elsewhere (Spring Session indexes them by username). */
@Component
class OtherSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    OtherSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account but the one given; returns how many were ended. */
    int end(String username, String keptSessionId) {
        int ended = 0;
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keptSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
