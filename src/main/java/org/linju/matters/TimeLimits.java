package org.linju.matters;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each step may take, per colour and per category or demand type, editable by district admins. The
 * defaults follow Beijing's 接诉即办: acceptance within 2 hours of dispatch; resolution within 7 days, 15 days for
 * red (district) matters, and urgency caps it at 24 hours for urgent and 2 hours for emergencies. For a matter the
 * most specific row wins: its own category, then the category's parent, then the colour's {@code *} row.
 */
@Service
class TimeLimits {

    /** One row of the table. */
    public record Row(Colour colour, String categoryCode, int acceptHours, int resolveHours) {}

    /** The limits a matter gets. */
    public record Limits(Duration accept, Duration resolve) {}

    static final String ANY = "*";
    static final int MAX_ACCEPT_HOURS = 720;
    static final int MAX_RESOLVE_HOURS = 8760;
    static final String BAD_HOURS = "settings.badHours";

    private final JdbcClient jdbc;

    TimeLimits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Limits of(Colour colour, @Nullable Urgency urgency, String categoryCode) {
        Row row = jdbc.sql("""
				select t.* from matter_time_limit t
				where t.colour = :colour and (t.category_code = :code or t.category_code = '*'
				      or t.category_code = (select parent_code from matter_category where code = :code))
				order by case when t.category_code = :code then 0 when t.category_code = '*' then 2 else 1 end
				limit 1
				""")
                .param("colour", colour.name())
                .param("code", categoryCode)
                .query((rs, n) -> new Row(
                        colour, rs.getString("category_code"), rs.getInt("accept_hours"), rs.getInt("resolve_hours")))
                .single();
        int resolveHours = row.resolveHours();
        Integer cap = urgency == null ? null : urgencyCaps().get(urgency);
        if (cap != null) {
            resolveHours = Math.min(resolveHours, cap);
        }
        return new Limits(Duration.ofHours(row.acceptHours()), Duration.ofHours(resolveHours));
    }

    /** When a matter triaged, resumed or reopened at {@code now} must be resolved by (a matter without colour: green). */
    Instant resolveDue(@Nullable Colour colour, @Nullable Urgency urgency, String categoryCode, Instant now) {
        return now.plus(of(Objects.requireNonNullElse(colour, Colour.GREEN), urgency, categoryCode)
                .resolve());
    }

    /** When a matter dispatched at {@code now} must be accepted by. */
    Instant acceptDue(@Nullable Colour colour, @Nullable Urgency urgency, String categoryCode, Instant now) {
        return now.plus(of(Objects.requireNonNullElse(colour, Colour.GREEN), urgency, categoryCode)
                .accept());
    }

    /** An approved extension adds its hours to the resolution limit, or to {@code now} once that has passed. */
    static Instant extended(@Nullable Instant resolveDue, int hours, Instant now) {
        Instant from = resolveDue == null || resolveDue.isBefore(now) ? now : resolveDue;
        return from.plusSeconds(3600L * hours);
    }

    public List<Row> rows() {
        return jdbc.sql("select * from matter_time_limit order by colour desc, category_code")
                .query((rs, n) -> new Row(
                        Colour.valueOf(rs.getString("colour")),
                        rs.getString("category_code"),
                        rs.getInt("accept_hours"),
                        rs.getInt("resolve_hours")))
                .list();
    }

    /** Resolution caps by urgency, in hours; an urgency without a cap is absent. */
    public Map<Urgency, Integer> urgencyCaps() {
        Map<Urgency, Integer> caps = new EnumMap<>(Urgency.class);
        jdbc.sql("select urgency, resolve_hours from matter_urgency_limit where resolve_hours is not null")
                .query(rs -> {
                    caps.put(Urgency.valueOf(rs.getString(1)), rs.getInt(2));
                });
        return caps;
    }

    /** Sets a row; a category row needs a known category, the {@code *} rows cannot be removed. */
    @Transactional
    void save(Row row) {
        if (row.acceptHours() < 1
                || row.acceptHours() > MAX_ACCEPT_HOURS
                || row.resolveHours() < 1
                || row.resolveHours() > MAX_RESOLVE_HOURS) {
            throw new UnacceptableReport("hours", BAD_HOURS);
        }
        if (!ANY.equals(row.categoryCode())
                && !jdbc.sql("select exists (select 1 from matter_category where code = ?)")
                        .param(row.categoryCode())
                        .query(Boolean.class)
                        .single()) {
            throw new UnacceptableReport("categoryCode", "matter.unknownCategory");
        }
        jdbc.sql("""
				insert into matter_time_limit (colour, category_code, accept_hours, resolve_hours) values (?, ?, ?, ?)
				on conflict (colour, category_code) do update
				set accept_hours = excluded.accept_hours, resolve_hours = excluded.resolve_hours
				""")
                .params(row.colour().name(), row.categoryCode(), row.acceptHours(), row.resolveHours())
                .update();
    }

    @Transactional
    void remove(Colour colour, String categoryCode) {
        if (ANY.equals(categoryCode)) {
            throw new UnacceptableReport("categoryCode", "settings.defaultRowStays");
        }
        jdbc.sql("delete from matter_time_limit where colour = ? and category_code = ?")
                .params(colour.name(), categoryCode)
                .update();
    }

    @Transactional
    void saveUrgencyCap(Urgency urgency, @Nullable Integer hours) {
        if (hours != null && (hours < 1 || hours > MAX_RESOLVE_HOURS)) {
            throw new UnacceptableReport("hours", BAD_HOURS);
        }
        jdbc.sql("update matter_urgency_limit set resolve_hours = ? where urgency = ?")
                .params(hours, urgency.name())
                .update();
    }
}
