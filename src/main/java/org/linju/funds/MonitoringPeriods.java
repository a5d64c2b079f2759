package org.linju.funds;

import java.time.Instant;
import java.time.YearMonth;
import org.linju.shared.DateRange;

/** Monitoring periods: calendar months in China time, written 'YYYY-MM'. */
final class MonitoringPeriods {

    private MonitoringPeriods() {}

    /** The first instant after the month, in China time. */
    static Instant endOf(YearMonth period) {
        return period.plusMonths(1).atDay(1).atStartOfDay(DateRange.CHINA).toInstant();
    }

    /** The month of that instant in China time. */
    static YearMonth of(Instant instant) {
        return YearMonth.from(instant.atZone(DateRange.CHINA));
    }
}
