package org.linju.shared;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * A two-month evaluation cycle (双月考评): January–February is the first of a year, November–December the sixth. Its
 * text form is {@code 2026-5} (September–October 2026); dates run from {@link #from()} inclusive to {@link #until()}
 * exclusive.
 */
public record Bimonth(int year, int number) implements Comparable<Bimonth> {

    public Bimonth {
        if (number < 1 || number > 6) {
            throw new IllegalArgumentException("a year has six two-month cycles, not " + number);
        }
    }

    /** The cycle a date falls in. */
    public static Bimonth of(LocalDate date) {
        return new Bimonth(date.getYear(), (date.getMonthValue() + 1) / 2);
    }

    /** Parses {@code 2026-5}; refuses anything else with {@link IllegalArgumentException}. */
    public static Bimonth parse(String text) {
        String[] parts = text.trim().split("-");
        try {
            if (parts.length == 2) {
                return new Bimonth(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // falls through to the refusal below
        }
        throw new IllegalArgumentException("not a two-month cycle such as 2026-5: " + text);
    }

    public LocalDate from() {
        return YearMonth.of(year, number * 2 - 1).atDay(1);
    }

    public LocalDate until() {
        return from().plusMonths(2);
    }

    public Bimonth next() {
        return number == 6 ? new Bimonth(year + 1, 1) : new Bimonth(year, number + 1);
    }

    public Bimonth previous() {
        return number == 1 ? new Bimonth(year - 1, 6) : new Bimonth(year, number - 1);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from()) && date.isBefore(until());
    }

    @Override
    public int compareTo(Bimonth other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-" + number;
    }
}
