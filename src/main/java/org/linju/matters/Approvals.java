package org.linju.matters;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The second-person step for voiding (作废), deferring (缓办) and extending (延期): one person files a request with
 * a reason, another decides it. The request is checked against the workflow when filed and again when approved;
 * the database refuses a decision by the requester and a second pending request on one matter.
 */
@Service
class Approvals {

    /** A request waiting for a decision. */
    public record Request(
            UUID id,
            Action kind,
            String reason,
            @Nullable Integer extensionHours,
            String requestedBy,
            Instant requestedAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Approvals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Request> pending(UUID matter) {
        return jdbc.sql("select * from matter_request where matter_id = ? and decided_at is null")
                .param(matter)
                .query((rs, row) -> new Request(
                        rs.getObject("id", UUID.class),
                        Action.valueOf(rs.getString("kind")),
                        rs.getString("reason"),
                        (Integer) rs.getObject("extension_hours"),
                        rs.getString("requested_by"),
                        rs.getObject("requested_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Files the request on {@code matter} (the workflow of {@code view}), which checks the step would be legal now and
     * raises {@link ApprovalRequested}; returns the timeline entry for it.
     */
    Transition file(
            CurrentUser user,
            MatterView view,
            Matter matter,
            Action kind,
            @Nullable String reason,
            @Nullable Integer hours) {
        Transition requested = matter.requestApproval(kind, reason);
        if (kind == Action.EXTEND && (hours == null || hours < 1 || hours > 2160)) {
            throw new UnacceptableReport("hours", "matter.badExtension");
        }
        if (pending(view.id()).isPresent()) {
            throw new RequestPending();
        }
        try {
            jdbc.sql("""
					insert into matter_request (id, matter_id, kind, reason, extension_hours, requested_by, requested_at)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
                    .params(
                            UUID.randomUUID(),
                            view.id(),
                            kind.name(),
                            requested.note(),
                            kind == Action.EXTEND ? hours : null,
                            user.getUsername(),
                            clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new RequestPending();
        }
        return requested;
    }

    /** Approves the pending request: applies its step to the matter and closes the request. */
    Request approve(CurrentUser user, UUID matter, @Nullable String note) {
        return decide(user, matter, true, note);
    }

    Request turnDown(CurrentUser user, UUID matter, @Nullable String note) {
        return decide(user, matter, false, note);
    }

    private Request decide(CurrentUser user, UUID matter, boolean approved, @Nullable String note) {
        Request request = pending(matter).orElseThrow(NoPendingRequest::new);
        if (request.requestedBy().equals(user.getUsername())) {
            throw new SecondPersonRequired();
        }
        int decided = jdbc.sql("""
				update matter_request set decided_by = ?, decided_at = ?, approved = ?, decision_note = ?
				where id = ? and decided_at is null
				""")
                .params(
                        user.getUsername(),
                        clock.instant().atOffset(ZoneOffset.UTC),
                        approved,
                        note == null || note.isBlank() ? null : note.strip(),
                        request.id())
                .update();
        if (decided != 1) {
            throw new ConcurrentChange();
        }
        return request;
    }
}
