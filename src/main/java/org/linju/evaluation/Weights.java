package org.linju.evaluation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default weights a new cycle copies (district admin): one per indicator key, from 0 (not counted) to 1000; keys
 * with no indicator bean are kept but ignored when a cycle is computed.
 */
@Service
public class Weights {

    /** One indicator's default weight, and whether a module contributes that indicator in this installation. */
    public record Weight(String key, BigDecimal weight, boolean measured) {}

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9.-]{1,59}");
    private static final BigDecimal MAX = BigDecimal.valueOf(1000);

    private final JdbcClient jdbc;
    private final CycleMeasurement measurement;

    Weights(JdbcClient jdbc, CycleMeasurement measurement) {
        this.jdbc = jdbc;
        this.measurement = measurement;
    }

    /** Every default weight, and every contributed indicator (weight 0 until someone sets one). */
    public List<Weight> defaults() {
        Map<String, BigDecimal> stored = new LinkedHashMap<>();
        jdbc.sql("select indicator_key, weight from evaluation_default_weight order by indicator_key")
                .query(rs -> {
                    stored.put(rs.getString("indicator_key"), rs.getBigDecimal("weight"));
                });
        Set<String> measured = measurement.byKey().keySet();
        measured.forEach(key -> stored.putIfAbsent(key, BigDecimal.ZERO));
        return stored.entrySet().stream()
                .map(e -> new Weight(e.getKey(), e.getValue(), measured.contains(e.getKey())))
                .toList();
    }

    @Transactional
    public void change(CurrentUser admin, Map<String, BigDecimal> weights) {
        if (admin.role() != Role.DISTRICT_ADMIN) {
            throw new OutOfScope("evaluation weights");
        }
        if (weights.keySet().stream().anyMatch(key -> !KEY.matcher(key).matches())
                || weights.values().stream().anyMatch(w -> w == null || w.signum() < 0 || w.compareTo(MAX) > 0)
                || weights.values().stream().noneMatch(w -> w != null && w.signum() > 0)) {
            throw new EvaluationRefused("evaluation.refused.weights");
        }
        weights.forEach((key, weight) -> jdbc.sql("""
						insert into evaluation_default_weight (indicator_key, weight) values (?, ?)
						on conflict (indicator_key) do update set weight = excluded.weight
						""").params(key, weight).update());
    }

    /** The weights a cycle keeps. */
    public Map<String, BigDecimal> of(EvaluationCycle cycle) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        jdbc.sql("select indicator_key, weight from evaluation_weight where cycle_id = ? order by weight desc, 1")
                .param(cycle.id())
                .query(rs -> {
                    weights.put(rs.getString("indicator_key"), rs.getBigDecimal("weight"));
                });
        return weights;
    }
}
