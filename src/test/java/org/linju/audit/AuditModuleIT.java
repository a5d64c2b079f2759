package org.linju.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The audit module on its own: what is recorded can be found by its actor, and the chain stays intact. */
@ApplicationModuleTest
class AuditModuleIT extends ModuleIntegrationTest {

    @Autowired
    AuditLog log;

    @Test
    void aRecordedViewIsFoundByItsActorAndTheChainHolds() {
        log.record(new AuditRecord(
                "audit-module",
                "GRID_LEADER",
                AuditAction.VIEW_PERSONAL_DATA,
                "resident",
                "r-1",
                "511790",
                null,
                null));
        log.record(new AuditRecord(
                "audit-module",
                "GRID_LEADER",
                AuditAction.REVEAL_PERSONAL_DATA,
                "resident",
                "r-1",
                "511790",
                "回访",
                "phone"));

        assertThat(log.search(new AuditFilter("audit-module", null, null, null, null), 0, 10))
                .extracting(AuditEntry::action, AuditEntry::reason)
                .containsExactlyInAnyOrder(
                        tuple(AuditAction.VIEW_PERSONAL_DATA, null), tuple(AuditAction.REVEAL_PERSONAL_DATA, "回访"));
        assertThat(log.verify().intact()).isTrue();
    }
}
