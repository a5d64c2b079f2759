package org.linju.appraisal;

import java.time.Clock;
import java.time.ZoneOffset;
import org.linju.evaluation.CycleLocked;
import org.linju.shared.Bimonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The cycles the evaluation locked, as appraisal keeps them: every change to a cycle asks here first. */
@Component
public class CycleLocks {

    private final JdbcClient jdbc;
    private final Clock clock;

    CycleLocks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(CycleLocked event) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('appraisal-cycle-' || ?))")
                .param(event.cycle().toString())
                .query()
                .listOfRows();
        jdbc.sql("insert into appraisal_locked_cycle (cycle, locked_at) values (?, ?) on conflict do nothing")
                .params(event.cycle().toString(), clock.instant().atOffset(ZoneOffset.UTC))
                .update();
    }

    public boolean locked(Bimonth cycle) {
        return jdbc.sql("select exists (select 1 from appraisal_locked_cycle where cycle = ?)")
                .param(cycle.toString())
                .query(Boolean.class)
                .single();
    }

    /**
     * Refuses a change to a locked cycle. The lock row is read in share mode so that a lock arriving meanwhile waits
     * for the change to commit, and a change after it sees it.
     */
    void refuseIfLocked(Bimonth cycle) {
        jdbc.sql("select pg_advisory_xact_lock_shared(hashtext('appraisal-cycle-' || ?))")
                .param(cycle.toString())
                .query()
                .listOfRows();
        if (locked(cycle)) {
            throw new CycleIsLocked();
        }
    }
}
