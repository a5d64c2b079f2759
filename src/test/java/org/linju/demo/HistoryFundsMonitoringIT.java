package org.linju.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.WebIntegrationTest;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo chapter of the funds monitoring over two month-ends: the line behind in May raises an alert, owners explain
 * alerts a few days later, and the line that caught up in June clears it. Works in county 511789 (funds monitoring).
 */
class HistoryFundsMonitoringIT extends WebIntegrationTest {

    @Autowired
    HistoryFundsMonitoring chapter;

    @Test
    void theReplayedMonthsRaiseExplainAndClearAlerts() {
        String owner = "fm-demo-owner";
        if (accounts.find(owner).isEmpty()) {
            accounts.open(NewAccount.scoped(
                    owner, "示例负责人", Role.STREET_STAFF, Set.of(RegionCode.of("511789001")), "Linju@2026", false));
        }
        UUID line = UUID.randomUUID();
        jdbc.sql("""
                insert into budget_line (id, fiscal_year, name, source, classification, owner_unit, owner_account,
                    area_code, amount_fen, status, created_by, created_at, activated_at)
                values (?, 2025, '示例监控项目', 'DISTRICT', '2130301', '示例街道办', ?, '511789001', 1000000, 'ACTIVE',
                    'test', ?, ?)
                """)
                .params(
                        line,
                        owner,
                        Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")),
                        Timestamp.from(Instant.parse("2025-01-01T00:00:00Z")))
                .update();
        jdbc.sql("""
                insert into budget_payment (id, line_id, paid_on, amount_fen, payee_kind, payee, voucher_no,
                    recorded_by, recorded_at)
                values (?, ?, ?, 600000, 'ORGANISATION', '施工单位', ?, 'test', now())
                """)
                .params(
                        UUID.randomUUID(),
                        line,
                        LocalDate.of(2025, 6, 10),
                        UUID.randomUUID().toString())
                .update();
        long explainedBefore = explained();

        chapter.replay(null, List.of(), Instant.parse("2025-05-20T00:00:00Z"), Instant.parse("2025-07-10T00:00:00Z"));

        Map<String, Object> alert = jdbc.sql("select raised_period, cleared_period from funds_alert where line_id = ?")
                .param(line)
                .query()
                .singleRow();
        // nothing paid by the end of May against 5/12 of the year; 6,000 of 10,000 yuan by June's end against 6/12
        assertThat(alert).containsEntry("raised_period", "2025-05").containsEntry("cleared_period", "2025-06");
        assertThat(explained()).isGreaterThan(explainedBefore);
    }

    private long explained() {
        return jdbc.sql("select count(*) from funds_alert where cause is not null")
                .query(Long.class)
                .single();
    }
}
