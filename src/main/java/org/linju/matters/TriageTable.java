package org.linju.matters;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The district's triage table (urgency × difficulty → colour), kept in the database and edited by admins. */
@Service
class TriageTable {

    private final JdbcClient jdbc;

    TriageTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TriagePolicy current() {
        Map<Urgency, Map<Difficulty, Colour>> table = new EnumMap<>(Urgency.class);
        jdbc.sql("select urgency, difficulty, colour from matter_triage").query(rs -> {
            table.computeIfAbsent(Urgency.valueOf(rs.getString(1)), u -> new EnumMap<>(Difficulty.class))
                    .put(Difficulty.valueOf(rs.getString(2)), Colour.valueOf(rs.getString(3)));
        });
        return TriagePolicy.of(table);
    }

    @Transactional
    void save(TriagePolicy policy) {
        for (Urgency urgency : Urgency.values()) {
            for (Difficulty difficulty : Difficulty.values()) {
                jdbc.sql("update matter_triage set colour = ? where urgency = ? and difficulty = ?")
                        .params(policy.colourOf(urgency, difficulty).name(), urgency.name(), difficulty.name())
                        .update();
            }
        }
    }
}
