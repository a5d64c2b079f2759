package org.linju.matters;

import java.util.EnumMap;
import java.util.Map;

/**
 * Urgency × difficulty → colour. The defaults: anything needing district coordination, and every emergency, is
 * red; what the community must help with, or what is urgent, is yellow; the rest is green and closed in the grid.
 * A district can edit the table; a triager may override the colour with a reason.
 */
final class TriagePolicy {

    private final Map<Urgency, Map<Difficulty, Colour>> table;

    private TriagePolicy(Map<Urgency, Map<Difficulty, Colour>> table) {
        this.table = table;
    }

    public static TriagePolicy defaults() {
        Map<Urgency, Map<Difficulty, Colour>> table = new EnumMap<>(Urgency.class);
        table.put(Urgency.EMERGENCY, row(Colour.RED, Colour.RED, Colour.RED));
        table.put(Urgency.URGENT, row(Colour.YELLOW, Colour.YELLOW, Colour.RED));
        table.put(Urgency.NORMAL, row(Colour.GREEN, Colour.YELLOW, Colour.RED));
        return new TriagePolicy(table);
    }

    public static TriagePolicy of(Map<Urgency, Map<Difficulty, Colour>> table) {
        for (Urgency urgency : Urgency.values()) {
            for (Difficulty difficulty : Difficulty.values()) {
                if (table.getOrDefault(urgency, Map.of()).get(difficulty) == null) {
                    throw new IllegalArgumentException(
                            "the triage table has no colour for " + urgency + " × " + difficulty);
                }
            }
        }
        return new TriagePolicy(table);
    }

    public Colour colourOf(Urgency urgency, Difficulty difficulty) {
        return table.get(urgency).get(difficulty);
    }

    private static Map<Difficulty, Colour> row(Colour grid, Colour community, Colour district) {
        Map<Difficulty, Colour> row = new EnumMap<>(Difficulty.class);
        row.put(Difficulty.GRID, grid);
        row.put(Difficulty.COMMUNITY, community);
        row.put(Difficulty.DISTRICT, district);
        return row;
    }
}
