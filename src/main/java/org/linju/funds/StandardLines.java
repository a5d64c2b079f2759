package org.linju.funds;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.shared.Fen;
import org.linju.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two lines every grid gets each year: the grid party-building fund (20,000 yuan per grid per year) and the grid
 * workers' pay ({@code linju.funds.grid-worker-pay-yuan} per grid per year). Generating a year again adds only what is
 * missing (a unique index holds one of each per grid and year). Each is issued with its standard performance target
 * and is active at once.
 */
@Service
public class StandardLines {

    static final long PARTY_BUILDING_FEN = 2_000_000;
    private static final String PARTY_UNIT = "区委组织部";
    private static final String PAY_UNIT = "区委政法委";

    private final JdbcClient jdbc;
    private final AreaChoices areas;
    private final Clock clock;
    private final long workerPayFen;

    StandardLines(
            JdbcClient jdbc,
            AreaChoices areas,
            Clock clock,
            @Value("${linju.funds.grid-worker-pay-yuan:60000}") BigDecimal workerPayYuan) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.clock = clock;
        this.workerPayFen = Fen.of(workerPayYuan)
                .orElseThrow(() -> new IllegalStateException(
                        "linju.funds.grid-worker-pay-yuan must be yuan with at most two decimals"));
    }

    /** Creates the missing standard lines of the year for every grid in the caller's scope; returns how many. */
    @Transactional
    public int generate(CurrentUser admin, int fiscalYear) {
        FundsAccess.requireDistrictAdmin(admin);
        if (fiscalYear < 2000 || fiscalYear > 2100) {
            throw new FundsRefused("funds.line.year");
        }
        List<AreaChoices.Area> grids = areas.within(admin.scope()).stream()
                .filter(area -> area.level() == RegionLevel.GRID)
                .toList();
        Instant now = clock.instant();
        int created = 0;
        for (AreaChoices.Area grid : grids) {
            created += insert(admin, fiscalYear, grid, "GRID_PARTY_BUILDING", PARTY_BUILDING_FEN, now);
            created += insert(admin, fiscalYear, grid, "GRID_WORKER_PAY", workerPayFen, now);
        }
        return created;
    }

    private int insert(
            CurrentUser admin, int year, AreaChoices.Area grid, String standard, long amountFen, Instant now) {
        boolean party = standard.equals("GRID_PARTY_BUILDING");
        return jdbc.sql("""
				insert into budget_line (id, fiscal_year, name, source, classification, owner_unit, owner_account,
				    area_code, standard, amount_fen, created_by, created_at, status, activated_at)
				values (:id, :year, :name, 'DISTRICT', :classification, :unit, :owner, :grid, :standard, :amount, :owner,
				    :at, 'ACTIVE', :at)
				on conflict do nothing returning id
				""")
                .param("id", UUID.randomUUID())
                .param("year", year)
                .param("name", grid.name() + (party ? " 网格党建经费" : " 网格员报酬"))
                .param("classification", party ? "2013299" : "2080208")
                .param("unit", party ? PARTY_UNIT : PAY_UNIT)
                .param("owner", admin.getUsername())
                .param("grid", grid.code())
                .param("standard", standard)
                .param("amount", amountFen)
                .param("at", Timestamp.from(now))
                .query(UUID.class)
                .optional()
                .map(id -> target(id, party, now))
                .orElse(0);
    }

    /**
     * The standard target a generated line is issued with (a target is the precondition of any budget), so that it is
     * active at once: twelve party activities a year, or the pay handed out in full each month.
     */
    private int target(UUID line, boolean party, Instant now) {
        jdbc.sql("""
				insert into performance_target (id, line_id, category, dimension, name, unit, higher_is_better, baseline,
				    target, created_at)
				values (?, ?, 'OUTPUT', ?, ?, ?, true, null, ?, ?)
				""")
                .params(
                        UUID.randomUUID(),
                        line,
                        party ? "QUANTITY" : "TIMELINESS",
                        party ? "网格党组织主题活动" : "网格员报酬按月足额发放率",
                        party ? "次" : "%",
                        party ? 12 : 100,
                        Timestamp.from(now))
                .update();
        return 1;
    }
}
