package org.linju.residents;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.privacy.DataPolicy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletion on a resident's request (PIPL art. 47): someone who works with residents files the request with a
 * reason; a community secretary or district admin other than the requester approves it, and the record is
 * anonymised. Both steps are audited.
 */
@Service
public class Erasure {

    /** Who decides a request to erase a resident's record. */
    static final Set<Role> DECIDERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.COMMUNITY_SECRETARY);

    /** An open request, as the approver's list shows it. */
    public record Request(UUID id, UUID residentId, String gridCode, String requestedBy, String reason) {}

    private final JdbcClient jdbc;
    private final ResidentStore store;
    private final Anonymiser anonymiser;
    private final AuditLog audit;

    Erasure(JdbcClient jdbc, ResidentStore store, Anonymiser anonymiser, AuditLog audit) {
        this.jdbc = jdbc;
        this.store = store;
        this.anonymiser = anonymiser;
        this.audit = audit;
    }

    @Transactional
    public UUID request(CurrentUser requester, UUID resident, String reason) {
        if (!DataPolicy.mayReveal(requester.role())) {
            throw new RevealRefused();
        }
        String why = Reasons.required(reason);
        String grid = gridInScope(requester, resident);
        UUID id = UUID.randomUUID();
        int created =
                jdbc.sql("""
				insert into erasure_request (id, resident_id, requested_by, reason) values (?, ?, ?, ?)
				on conflict (resident_id) where status = 'PENDING' do nothing
				""").params(id, resident, requester.getUsername(), why).update();
        if (created == 0) {
            throw new ErasureConflict("erasure.alreadyRequested");
        }
        record(requester, resident, grid, why, "erasure requested");
        return id;
    }

    public List<Request> pending(CurrentUser approver) {
        return jdbc.sql("""
				select e.id, e.resident_id, r.grid_code, e.requested_by, e.reason from erasure_request e
				join resident r on r.id = e.resident_id
				where e.status = 'PENDING' and r.grid_code like any (cast(:patterns as text[]))
				order by e.requested_at
				""")
                .param("patterns", approver.scope().sqlPatterns())
                .query((rs, row) -> new Request(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    @Transactional
    public void decide(CurrentUser approver, UUID requestId, boolean approve) {
        if (!DECIDERS.contains(approver.role())) {
            throw new RevealRefused();
        }
        Request request = pending(approver).stream()
                .filter(candidate -> candidate.id().equals(requestId))
                .findFirst()
                .orElseThrow(() -> new ErasureConflict("erasure.notPending"));
        if (request.requestedBy().equals(approver.getUsername())) {
            throw new ErasureConflict("erasure.fourEyes");
        }
        jdbc.sql(
                        "update erasure_request set status = ?, decided_by = ?, decided_at = now() where id = ? and status = 'PENDING'")
                .params(approve ? "APPROVED" : "REJECTED", approver.getUsername(), requestId)
                .update();
        if (approve) {
            anonymiser.anonymise(request.residentId());
            audit.record(new AuditRecord(
                    approver.getUsername(),
                    approver.role().name(),
                    AuditAction.ANONYMISE,
                    "resident",
                    request.residentId().toString(),
                    request.gridCode(),
                    request.reason(),
                    "erasure approved; requested by " + request.requestedBy()));
        } else {
            record(approver, request.residentId(), request.gridCode(), request.reason(), "erasure rejected");
        }
    }

    private String gridInScope(CurrentUser user, UUID resident) {
        return store.find(resident)
                .orElseThrow(ResidentNotFound::new)
                .within(user.scope())
                .gridCode();
    }

    private void record(CurrentUser user, UUID resident, String grid, String reason, String detail) {
        audit.record(new AuditRecord(
                user.getUsername(),
                user.role().name(),
                AuditAction.CHANGE_PERSONAL_DATA,
                "resident",
                resident.toString(),
                grid,
                reason,
                detail));
    }
}
