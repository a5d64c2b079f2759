package org.linju.funds;

import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ProjectFunding} on the budget lines: what a project may draw on, its allocations, and its funding by line. */
@Service
class ProjectFundingService implements ProjectFunding {

    private final BudgetLines lines;
    private final LineAllocations allocations;
    private final JdbcClient jdbc;

    ProjectFundingService(BudgetLines lines, LineAllocations allocations, JdbcClient jdbc) {
        this.lines = lines;
        this.allocations = allocations;
        this.jdbc = jdbc;
    }

    @Override
    public List<LineChoice> choices(CurrentUser user, String projectAreaCode, int projectYear) {
        if (!FundsAccess.manages(user)) {
            return List.of();
        }
        return lines.inScope(user.scope(), projectYear).stream()
                .filter(line -> line.status() == LineStatus.ACTIVE && line.unallocatedFen() > 0)
                .filter(line -> covers(line.areaCode(), projectAreaCode))
                .map(line -> new LineChoice(
                        line.id(), line.name(), line.fiscalYear(), line.source().name(), line.unallocatedFen()))
                .toList();
    }

    @Override
    @Transactional
    public void allocate(
            CurrentUser user, UUID lineId, UUID projectId, String projectAreaCode, int projectYear, long amountFen) {
        allocations.toProject(
                user,
                lineId,
                projectId,
                line -> {
                    if (line.fiscalYear() != projectYear) {
                        throw new FundsRefused("funds.allocation.projectYear");
                    }
                    if (!covers(line.areaCode(), projectAreaCode)) {
                        throw new FundsRefused("funds.allocation.projectOutside");
                    }
                },
                amountFen);
    }

    private static boolean covers(String lineArea, String projectArea) {
        return RegionCode.of(projectArea).isWithin(RegionCode.of(lineArea));
    }

    @Override
    public List<Funding> forProject(UUID projectId) {
        return jdbc.sql("""
				select l.id, l.name, l.fiscal_year, l.source, sum(a.amount_fen) allocated,
				    coalesce(sum(p.paid), 0) spent
				from budget_allocation a join budget_line l on l.id = a.line_id
				left join lateral (select sum(amount_fen) paid from budget_payment where allocation_id = a.id) p on true
				where a.target_kind = 'PROJECT' and a.target_ref = ?
				group by l.id, l.name, l.fiscal_year, l.source order by l.fiscal_year, l.name
				""")
                .param(projectId.toString())
                .query((rs, row) -> new Funding(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getInt("fiscal_year"),
                        rs.getString("source"),
                        rs.getLong("allocated"),
                        rs.getLong("spent")))
                .list();
    }
}
