package org.linju.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The forced 1:3:5:1 distribution (好/较好/一般/差) of a cycle's rated people, a named policy free of storage.
 *
 * <p>Quotas: each grade's exact share n × ratio ÷ 10 is rounded down, and the places left go one each to the grades
 * with the largest remainders (largest remainder method); equal remainders go first to the grade with the larger ratio
 * share (一般, then 较好), then to the better grade. 208 people give 21/62/104/21.
 *
 * <p>Order and ties: by total score, higher first, then by the measured score (before adjustments), higher first;
 * people equal in both share a rank (1, 2, 2, 4) and are never split across a grade boundary: a tied group that
 * straddles a boundary all take the better grade, and the next grades start later. So grade counts differ from the
 * quotas only when exactly tied people straddle a boundary. The username orders equal people in lists only.
 */
final class ForcedDistribution {

    /** One rated person as the distribution sees them. */
    record Entry(UUID id, String username, BigDecimal total, BigDecimal measured) {}

    /** A person's place: rank (1 = best, shared by ties) and grade. */
    record Placed(Entry entry, int rank, Grade grade) {}

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::total)
            .thenComparing(Entry::measured)
            .reversed()
            .thenComparing(Entry::username)
            .thenComparing(Entry::id);

    private ForcedDistribution() {}

    /** How many people each grade takes in a group of {@code size}. */
    static Map<Grade, Integer> quotas(int size) {
        Map<Grade, Integer> quotas = new EnumMap<>(Grade.class);
        int given = 0;
        for (Grade grade : Grade.values()) {
            quotas.put(grade, size * grade.tenths() / 10);
            given += quotas.get(grade);
        }
        List<Grade> byRemainder = new ArrayList<>(List.of(Grade.values()));
        byRemainder.sort(Comparator.comparingInt((Grade g) -> size * g.tenths() % 10)
                .thenComparingInt(Grade::tenths)
                .reversed()
                .thenComparing(Grade::ordinal));
        for (int i = 0; given < size; i++, given++) {
            quotas.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return quotas;
    }

    /** Ranks and grades everyone, best first. */
    static List<Placed> place(List<Entry> entries) {
        List<Entry> ordered = entries.stream().sorted(ORDER).toList();
        int[] lastOfGrade = boundaries(ordered.size());
        List<Placed> placed = new ArrayList<>(ordered.size());
        int groupStart = 0;
        for (int i = 0; i < ordered.size(); i++) {
            if (i > 0 && !tied(ordered.get(i - 1), ordered.get(i))) {
                groupStart = i;
            }
            placed.add(new Placed(ordered.get(i), groupStart + 1, gradeAt(groupStart, lastOfGrade)));
        }
        return placed;
    }

    private static boolean tied(Entry a, Entry b) {
        return a.total().compareTo(b.total()) == 0 && a.measured().compareTo(b.measured()) == 0;
    }

    /** The last position (exclusive) of each grade when nobody is tied. */
    private static int[] boundaries(int size) {
        Map<Grade, Integer> quotas = quotas(size);
        int[] ends = new int[Grade.values().length];
        int end = 0;
        for (Grade grade : Grade.values()) {
            end += quotas.get(grade);
            ends[grade.ordinal()] = end;
        }
        return ends;
    }

    private static Grade gradeAt(int position, int[] ends) {
        for (Grade grade : Grade.values()) {
            if (position < ends[grade.ordinal()]) {
                return grade;
            }
        }
        return Grade.POOR;
    }
}
