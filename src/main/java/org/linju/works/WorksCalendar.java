package org.linju.works;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates as the district reads them: in China's time zone, whatever the server's. */
final class WorksCalendar {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private WorksCalendar() {}

    static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
