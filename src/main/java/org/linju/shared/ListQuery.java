package org.linju.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The SQL of one filtered list: its {@code from} part, the conditions of the filters that were set (each a fixed text
 * of the list's own code, every value bound), and one page or all rows in a chosen order. A filter left empty adds no
 * condition, so PostgreSQL plans the query that is really asked, not one with every filter switched off by a flag.
 */
public final class ListQuery {

    private final JdbcClient jdbc;
    private final String select;
    private final String from;
    private final StringBuilder where = new StringBuilder(" where true");
    private final Map<String, Object> params = new LinkedHashMap<>();

    private ListQuery(JdbcClient jdbc, String select, String from) {
        this.jdbc = jdbc;
        this.select = select;
        this.from = from;
    }

    /** A list of {@code select} columns read {@code from} tables (both fixed texts of the caller). */
    public static ListQuery of(JdbcClient jdbc, String select, String from) {
        return new ListQuery(jdbc, select, from);
    }

    /** A condition of a list's SQL with its bound values. */
    public record Condition(String sql, Map<String, Object> values) {}

    /**
     * Rows whose {@code column} (an area code) starts with one of the {@code patterns} (a {@code GridScope}'s, each a
     * code and {@code %}): one {@code LIKE} per pattern, which PostgreSQL answers from a {@code text_pattern_ops} index,
     * where {@code LIKE ANY} of an array reads every row. No pattern matches nothing; {@code %} every row with a code.
     */
    public static Condition codesUnder(String column, String[] patterns) {
        if (patterns.length == 0) {
            return new Condition("false", Map.of());
        }
        if (List.of(patterns).contains("%")) {
            return new Condition(column + " is not null", Map.of());
        }
        List<String> likes = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < patterns.length; i++) {
            likes.add(column + " like :under" + i);
            values.put("under" + i, patterns[i]);
        }
        return new Condition(String.join(" or ", likes), values);
    }

    /** A condition every row must meet (the caller's scope), with its bound values. */
    public ListQuery where(String condition, Map<String, ?> values) {
        where.append(" and (").append(condition).append(')');
        params.putAll(values);
        return this;
    }

    /** A condition on {@code name} only when a value is given. */
    public ListQuery when(@Nullable Object value, String name, String condition) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            where(condition, Map.of(name, value instanceof String text ? text.strip() : value));
        }
        return this;
    }

    /** A condition without a value, only when asked ({@code overdue=true}). */
    public ListQuery when(boolean asked, String condition) {
        if (asked) {
            where.append(" and (").append(condition).append(')');
        }
        return this;
    }

    /**
     * One page in the order of {@code orderBy} (an expression the caller chose from its fixed list of sortable
     * columns), with {@code tieBreak} (a unique column) so that no row shows on two pages, and the total.
     */
    public <T> ListPage<T> page(ListRequest request, String orderBy, String tieBreak, RowMapper<T> rows) {
        long total = jdbc.sql("select count(*) " + from + where)
                .params(params)
                .query(Long.class)
                .single();
        var found = jdbc.sql(select + " " + from + where + order(request, orderBy, tieBreak)
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", request.size())
                .param("offset", request.offset())
                .query(rows)
                .list();
        return new ListPage<>(found, total, request);
    }

    /**
     * Every row in order, one at a time (an export), without holding them all in memory; call it inside a transaction,
     * whose statement timeout it lifts (a whole district's export may rightly take longer).
     */
    public <T> void each(ListRequest request, String orderBy, String tieBreak, RowMapper<T> rows, Consumer<T> each) {
        LongStatements.allowIn(jdbc);
        try (Stream<T> stream = jdbc
                .sql(select + " " + from + where + order(request, orderBy, tieBreak))
                .params(params)
                .withFetchSize(500)
                .query(rows)
                .stream()) {
            stream.forEach(each);
        }
    }

    private static String order(ListRequest request, String orderBy, String tieBreak) {
        String direction = request.direction();
        // No "nulls last": an index read backwards gives nulls first, and a sort the index cannot give reads every row.
        return " order by " + orderBy + " " + direction + ", " + tieBreak + " " + direction;
    }

    /** {@code text} as a pattern matching it anywhere, its {@code %}, {@code _} and {@code \\} taken literally. */
    public static String containing(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
