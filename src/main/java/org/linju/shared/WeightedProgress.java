package org.linju.shared;

import java.util.List;

/**
 * Progress rolled up from weighted parts, each part some percent done: the weighted mean in whole percent rounded
 * down, so the whole shows 100 % only when every part is complete (and 0 % without parts). The ten big things count a
 * done milestone as 100 % and an open one as 0 %; livelihood projects weigh their sub-works' own percentages.
 */
public final class WeightedProgress {

    /** One part: its weight (at least 1) and how far it is done, 0 to 100. */
    public record Part(int weight, int percent) {

        public Part {
            if (weight < 1 || percent < 0 || percent > 100) {
                throw new IllegalArgumentException(
                        "A part has a positive weight and 0–100 %: " + weight + ", " + percent);
            }
        }
    }

    private WeightedProgress() {}

    public static int percent(List<Part> parts) {
        long total = 0;
        long done = 0;
        for (Part part : parts) {
            total += part.weight();
            done += (long) part.weight() * part.percent();
        }
        return total == 0 ? 0 : (int) (done / total);
    }
}
