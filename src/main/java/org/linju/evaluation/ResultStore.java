package org.linju.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.linju.identity.RoleHolders.Holder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A cycle's results and the indicator lines behind them. */
@Repository
class ResultStore {

    private final JdbcClient jdbc;

    ResultStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes each person's measured score and lines, keeping the adjustments and appeals already made; people no
     * longer rated go, unless something was written about them.
     */
    void save(UUID cycle, Map<Holder, List<String>> people, Map<UUID, List<Scoring.Line>> lines) {
        jdbc.sql("delete from evaluation_value where cycle_id = ?").param(cycle).update();
        jdbc.sql("""
				delete from evaluation_result r where r.cycle_id = :cycle and r.account_id <> all (cast(:kept as uuid[]))
				  and not exists (select 1 from evaluation_adjustment a where a.cycle_id = r.cycle_id and a.account_id = r.account_id)
				  and not exists (select 1 from evaluation_appeal a where a.cycle_id = r.cycle_id and a.account_id = r.account_id)
				""")
                .param("cycle", cycle)
                .param("kept", people.keySet().stream().map(Holder::id).toArray(UUID[]::new))
                .update();
        List<Holder> order = List.copyOf(people.keySet());
        jdbc.sql("""
				insert into evaluation_result (cycle_id, account_id, username, display_name, grid_codes, measured, total,
				                               rank, grade)
				select :cycle, p.id, p.username, p.name, string_to_array(p.grids, ' '), p.measured, 0, 0, 'AVERAGE'
				from unnest(cast(:ids as uuid[]), cast(:usernames as text[]), cast(:names as text[]),
				            cast(:grids as text[]), cast(:measured as numeric[])) as p(id, username, name, grids, measured)
				on conflict (cycle_id, account_id) do update set username = excluded.username,
				    display_name = excluded.display_name, grid_codes = excluded.grid_codes, measured = excluded.measured
				""")
                .param("cycle", cycle)
                .param("ids", order.stream().map(Holder::id).toArray(UUID[]::new))
                .param("usernames", order.stream().map(Holder::username).toArray(String[]::new))
                .param("names", order.stream().map(Holder::displayName).toArray(String[]::new))
                .param(
                        "grids",
                        order.stream().map(p -> String.join(" ", people.get(p))).toArray(String[]::new))
                .param(
                        "measured",
                        order.stream()
                                .map(p -> Scoring.measured(lines.get(p.id())))
                                .toArray(BigDecimal[]::new))
                .update();
        saveLines(cycle, lines);
    }

    private void saveLines(UUID cycle, Map<UUID, List<Scoring.Line>> lines) {
        List<UUID> accounts = new ArrayList<>();
        List<Scoring.Line> all = new ArrayList<>();
        lines.forEach((account, own) -> own.forEach(line -> {
            accounts.add(account);
            all.add(line);
        }));
        jdbc.sql("""
				insert into evaluation_value (cycle_id, account_id, indicator_key, value, normalised, weight, contribution)
				select :cycle, v.* from unnest(cast(:accounts as uuid[]), cast(:keys as text[]), cast(:values as float8[]),
				    cast(:normalised as float8[]), cast(:weights as numeric[]), cast(:contributions as float8[])) as v
				""")
                .param("cycle", cycle)
                .param("accounts", accounts.toArray(UUID[]::new))
                .param("keys", all.stream().map(Scoring.Line::key).toArray(String[]::new))
                .param("values", all.stream().map(Scoring.Line::value).toArray(Double[]::new))
                .param("normalised", all.stream().map(Scoring.Line::normalised).toArray(Double[]::new))
                .param("weights", all.stream().map(Scoring.Line::weight).toArray(BigDecimal[]::new))
                .param(
                        "contributions",
                        all.stream().map(Scoring.Line::contribution).toArray(Double[]::new))
                .update();
    }

    /** Adds the adjustments (and upheld appeals) to the measured score. */
    void total(UUID cycle) {
        jdbc.sql("""
				with sums as (
				    select r.account_id, coalesce(sum(a.points), 0) as points
				    from evaluation_result r
				    left join evaluation_adjustment a on a.cycle_id = r.cycle_id and a.account_id = r.account_id
				    where r.cycle_id = :cycle group by r.account_id)
				update evaluation_result r set adjusted = s.points, total = r.measured + s.points
				from sums s where r.cycle_id = :cycle and r.account_id = s.account_id
				""").param("cycle", cycle).update();
    }

    List<ForcedDistribution.Entry> entries(UUID cycle) {
        return jdbc.sql("select account_id, username, total, measured from evaluation_result where cycle_id = ?")
                .param(cycle)
                .query((rs, row) -> new ForcedDistribution.Entry(
                        rs.getObject("account_id", UUID.class),
                        rs.getString("username"),
                        rs.getBigDecimal("total"),
                        rs.getBigDecimal("measured")))
                .list();
    }

    void place(UUID cycle, List<ForcedDistribution.Placed> placed) {
        jdbc.sql("""
				update evaluation_result r set rank = p.rank, grade = p.grade
				from unnest(cast(:ids as uuid[]), cast(:ranks as int[]), cast(:grades as text[])) as p(id, rank, grade)
				where r.cycle_id = :cycle and r.account_id = p.id
				""")
                .param("cycle", cycle)
                .param("ids", placed.stream().map(p -> p.entry().id()).toArray(UUID[]::new))
                .param(
                        "ranks",
                        placed.stream().map(ForcedDistribution.Placed::rank).toArray(Integer[]::new))
                .param("grades", placed.stream().map(p -> p.grade().name()).toArray(String[]::new))
                .update();
    }

    Optional<CycleResult> result(UUID cycle, UUID account) {
        return jdbc.sql("select * from evaluation_result where cycle_id = ? and account_id = ?")
                .params(cycle, account)
                .query((rs, row) -> CycleStore.result(rs))
                .optional();
    }

    List<Scoring.Line> lines(UUID cycle, UUID account) {
        return jdbc.sql("""
				select * from evaluation_value where cycle_id = ? and account_id = ? order by contribution desc, indicator_key
				""")
                .params(cycle, account)
                .query((rs, row) -> new Scoring.Line(
                        rs.getString("indicator_key"),
                        rs.getObject("value", Double.class),
                        rs.getObject("normalised", Double.class),
                        rs.getBigDecimal("weight"),
                        rs.getDouble("contribution")))
                .list();
    }

    long openAppeals(UUID cycle) {
        return jdbc.sql("select count(*) from evaluation_appeal where cycle_id = ? and state = 'OPEN'")
                .param(cycle)
                .query(Long.class)
                .single();
    }
}
