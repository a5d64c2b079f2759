package org.linju.appraisal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Bimonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The leaders' appraisals and personnel proposals, in SQL. */
@Repository
class AppraisalStore {

    private final JdbcClient jdbc;

    AppraisalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(WorkerAppraisal appraisal, UUID leaderId) {
        jdbc.sql("""
                insert into worker_appraisal (cycle, worker_id, worker_name, grid_code, score, reasons, leader_id,
                    leader_name, appraised_at)
                values (:cycle, :worker, :name, :gridCode, :score, :reasons, :leader, :leaderName, :at)
                on conflict (cycle, worker_id) do update set score = excluded.score, reasons = excluded.reasons,
                    leader_id = excluded.leader_id, leader_name = excluded.leader_name, appraised_at = excluded.appraised_at
                """)
                .param("cycle", appraisal.cycle())
                .param("worker", appraisal.workerId())
                .param("name", appraisal.workerName())
                .param("gridCode", appraisal.gridCode())
                .param("score", appraisal.score())
                .param("reasons", appraisal.reasons())
                .param("leader", leaderId)
                .param("leaderName", appraisal.leaderName())
                .param("at", utc(appraisal.appraisedAt()))
                .update();
    }

    List<WorkerAppraisal> ofGrid(String grid, Bimonth cycle) {
        return jdbc.sql("select * from worker_appraisal where grid_code = ? and cycle = ?")
                .params(grid, cycle.toString())
                .query(AppraisalStore::toAppraisal)
                .list();
    }

    Optional<WorkerAppraisal> ofWorker(UUID worker, Bimonth cycle) {
        return jdbc.sql("select * from worker_appraisal where worker_id = ? and cycle = ?")
                .params(worker, cycle.toString())
                .query(AppraisalStore::toAppraisal)
                .optional();
    }

    void propose(Proposal proposal) {
        jdbc.sql("""
                insert into personnel_proposal (id, cycle, grid_code, worker_id, worker_name, kind, reasons, proposed_by,
                    proposed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(
                        proposal.id(),
                        proposal.cycle(),
                        proposal.gridCode(),
                        proposal.workerId(),
                        proposal.workerName(),
                        proposal.kind().name(),
                        proposal.reasons(),
                        proposal.proposedBy(),
                        utc(proposal.proposedAt()))
                .update();
    }

    List<Proposal> proposals(String grid, Bimonth cycle) {
        return jdbc.sql("select * from personnel_proposal where grid_code = ? and cycle = ? order by proposed_at")
                .params(grid, cycle.toString())
                .query(AppraisalStore::toProposal)
                .list();
    }

    Optional<Proposal> proposal(UUID id) {
        return jdbc.sql("select * from personnel_proposal where id = ?")
                .param(id)
                .query(AppraisalStore::toProposal)
                .optional();
    }

    /** Records the decision only on a proposal still waiting, so two decisions at once cannot both pass. */
    boolean decide(UUID id, String decision, String note, String decidedBy, Instant at) {
        return jdbc.sql("""
                        update personnel_proposal set decision = ?, decision_note = ?, decided_by = ?, decided_at = ?
                        where id = ? and decision is null
                        """).params(decision, note, decidedBy, utc(at), id).update() == 1;
    }

    static Proposal toProposal(ResultSet rs, int row) throws SQLException {
        return new Proposal(
                rs.getObject("id", UUID.class),
                rs.getString("cycle"),
                rs.getString("grid_code"),
                rs.getObject("worker_id", UUID.class),
                rs.getString("worker_name"),
                ProposalKind.valueOf(rs.getString("kind")),
                rs.getString("reasons"),
                rs.getString("proposed_by"),
                instant(rs, "proposed_at"),
                rs.getString("decision"),
                rs.getString("decision_note"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"));
    }

    private static WorkerAppraisal toAppraisal(ResultSet rs, int row) throws SQLException {
        return new WorkerAppraisal(
                rs.getString("cycle"),
                rs.getObject("worker_id", UUID.class),
                rs.getString("worker_name"),
                rs.getString("grid_code"),
                rs.getBigDecimal("score"),
                rs.getString("reasons"),
                rs.getString("leader_name"),
                rs.getObject("appraised_at", OffsetDateTime.class).toInstant());
    }

    static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
