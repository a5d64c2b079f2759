package org.linju.agenda;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.linju.shared.DateRange;

/** Lists run by the calendar year in China. */
final class AgendaYear {

    static final ZoneId CHINA = DateRange.CHINA;

    private AgendaYear() {}

    static int current(Clock clock) {
        return today(clock).getYear();
    }

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
