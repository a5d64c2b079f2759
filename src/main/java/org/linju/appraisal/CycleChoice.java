package org.linju.appraisal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.Bimonth;
import org.linju.shared.DateRange;
import org.springframework.stereotype.Component;

/** The cycle a page shows: the one asked for, else the one just ended (appraisals follow a cycle's work). */
@Component
public class CycleChoice {

    private static final int CHOICES = 6;

    private final Clock clock;

    CycleChoice(Clock clock) {
        this.clock = clock;
    }

    public Bimonth current() {
        return Bimonth.of(LocalDate.now(clock.withZone(DateRange.CHINA)));
    }

    public Bimonth chosen(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return current().previous();
        }
        try {
            return Bimonth.parse(text);
        } catch (IllegalArgumentException e) {
            throw new AppraisalRefused("appraisal.refused.cycle");
        }
    }

    /** The current cycle and the five before it, newest first. */
    public List<Bimonth> recent() {
        List<Bimonth> cycles = new ArrayList<>();
        Bimonth cycle = current();
        for (int i = 0; i < CHOICES; i++) {
            cycles.add(cycle);
            cycle = cycle.previous();
        }
        return cycles;
    }
}
