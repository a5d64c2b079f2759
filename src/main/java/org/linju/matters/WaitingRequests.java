package org.linju.matters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Requests to void, defer or extend that wait for this person's decision: filed by someone else on a matter in their
 * scope, and they are one of the roles that decide ({@link HandlingPolicy#approvers()}). The pending requests are few
 * and found through their own partial index ({@code matter_request_one_pending}).
 */
@Service
public class WaitingRequests {

    /** One request, oldest first. */
    public record Waiting(
            UUID matterId, String trackingCode, Action kind, String reason, String requestedBy, Instant requestedAt) {}

    private static final int SHOWN = 20;

    private final JdbcClient jdbc;

    WaitingRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Waiting> forDecision(CurrentUser user) {
        if (!HandlingPolicy.approvers().contains(user.role())) {
            return List.of();
        }
        return jdbc.sql("""
				select r.matter_id, m.tracking_code, r.kind, r.reason, r.requested_by, r.requested_at
				from matter_request r join matter m on m.id = r.matter_id
				where r.decided_at is null and r.requested_by <> :me
				  and (m.grid_code like any (cast(:patterns as text[])) or (:unrestricted and m.grid_code is null))
				order by r.requested_at limit :limit
				""")
                .param("me", user.getUsername())
                .param("patterns", user.scope().sqlPatterns())
                .param("unrestricted", user.scope().isUnrestricted())
                .param("limit", SHOWN)
                .query((rs, row) -> new Waiting(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        Action.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }
}
