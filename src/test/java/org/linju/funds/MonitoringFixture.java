package org.linju.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funds monitoring tests' county (511789), with a second street, an administrator of the county, a line owner in
 * the first street and a street officer of the second; budget lines, targets, values and payments are written straight
 * into the funds tables (the funds core's services are not this part's to use).
 */
final class MonitoringFixture {

    static final ModuleTestArea AREA = new ModuleTestArea("511789");
    static final String OTHER_STREET = "511789002";
    static final String ADMIN = "fm-admin";
    static final String OWNER = "fm-owner";
    static final String OTHER = "fm-street2";
    static final String WORKER = "fm-worker";

    private static boolean created;

    private final JdbcClient jdbc;

    private MonitoringFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Once per test JVM. */
    static synchronized MonitoringFixture create(JdbcClient jdbc, Accounts accounts) {
        if (!created) {
            AREA.create(jdbc);
            jdbc.sql("""
                    insert into region (code, name, official_name, level, parent_code, district_code)
                    values (?, '另一街道', '另一街道', 'STREET', ?, ?)
                    """).params(OTHER_STREET, AREA.county(), AREA.county()).update();
            open(accounts, ADMIN, Role.DISTRICT_ADMIN, AREA.county());
            open(accounts, OWNER, Role.STREET_STAFF, AREA.county() + "001");
            open(accounts, OTHER, Role.STREET_STAFF, OTHER_STREET);
            open(accounts, WORKER, Role.GRID_WORKER, AREA.grid());
            created = true;
        }
        return new MonitoringFixture(jdbc);
    }

    private static void open(Accounts accounts, String username, Role role, String area) {
        accounts.open(
                NewAccount.scoped(username, "监控 " + username, role, Set.of(RegionCode.of(area)), "Linju@2026", false));
    }

    /** A line of fiscal year 2025 activated on 1 January 2025, owned by {@link #OWNER}. */
    UUID line(String name, String area, long amountFen, String status) {
        UUID id = UUID.randomUUID();
        Instant activated = Instant.parse("2024-12-31T16:00:00Z");
        jdbc.sql("""
                insert into budget_line (id, fiscal_year, name, source, classification, owner_unit, owner_account,
                    area_code, amount_fen, status, created_by, created_at, activated_at)
                values (?, 2025, ?, 'DISTRICT', '2130301', '测试街道办', ?, ?, ?, ?, 'test', ?, ?)
                """)
                .params(
                        id,
                        name,
                        OWNER,
                        area,
                        amountFen,
                        status,
                        Timestamp.from(activated),
                        "DRAFT".equals(status) ? null : Timestamp.from(activated))
                .update();
        return id;
    }

    UUID target(UUID line, String name, boolean higherIsBetter, String target, @Nullable String baseline) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into performance_target (id, line_id, category, dimension, name, unit, higher_is_better,
                    baseline, target, created_at)
                values (?, ?, 'OUTPUT', 'QUANTITY', ?, '项', ?, ?, ?, now())
                """)
                .params(
                        id,
                        line,
                        name,
                        higherIsBetter,
                        baseline == null ? null : new BigDecimal(baseline),
                        new BigDecimal(target))
                .update();
        return id;
    }

    void value(UUID target, String period, @Nullable String planned, String actual) {
        jdbc.sql("""
                insert into target_value (target_id, period, planned, actual, recorded_by, recorded_at)
                values (?, ?, ?, ?, 'test', now())
                """)
                .params(target, period, planned == null ? null : new BigDecimal(planned), new BigDecimal(actual))
                .update();
    }

    void payment(UUID line, LocalDate paidOn, long amountFen) {
        jdbc.sql("""
                insert into budget_payment (id, line_id, paid_on, amount_fen, payee_kind, payee, voucher_no,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, 'ORGANISATION', '施工单位', ?, 'test', now())
                """)
                .params(
                        UUID.randomUUID(),
                        line,
                        paidOn,
                        amountFen,
                        UUID.randomUUID().toString())
                .update();
        jdbc.sql("update budget_line set spent_fen = spent_fen + ? where id = ?")
                .params(amountFen, line)
                .update();
    }

    long checks(UUID line) {
        return jdbc.sql("select count(*) from funds_monitoring_check where line_id = ?")
                .param(line)
                .query(Long.class)
                .single();
    }

    long alerts(UUID line) {
        return jdbc.sql("select count(*) from funds_alert where line_id = ?")
                .param(line)
                .query(Long.class)
                .single();
    }

    String status(UUID line) {
        return jdbc.sql("select status from budget_line where id = ?")
                .param(line)
                .query(String.class)
                .single();
    }
}
