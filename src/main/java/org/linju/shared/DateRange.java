package org.linju.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A list's date filter: from the start of {@code from} to the end of {@code to}, both days included, on China's
 * calendar; either end may be open.
 */
public record DateRange(@Nullable Instant start, @Nullable Instant end) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** The days from {@code from} to {@code to}, both included; a year such as +999999999 is refused (400). */
    public static DateRange of(@Nullable LocalDate from, @Nullable LocalDate to) {
        return new DateRange(
                from == null ? null : onCalendar(from).atStartOfDay(CHINA).toInstant(),
                to == null
                        ? null
                        : onCalendar(to).plusDays(1).atStartOfDay(CHINA).toInstant());
    }

    private static LocalDate onCalendar(LocalDate date) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new OffTheCalendar();
        }
        return date;
    }

    /** A date filter outside the years 1 to 9999: a typing error, answered 400. */
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public static class OffTheCalendar extends RuntimeException {

        OffTheCalendar() {
            super("error.dateOffTheCalendar");
        }
    }
}
