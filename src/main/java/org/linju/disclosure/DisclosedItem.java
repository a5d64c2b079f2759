package org.linju.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What the public page of a disclosed item shows: no personal data ever (no payees who are people, no phone numbers,
 * no names of residents). Money is in fen. Messages are named by key so that the page speaks the reader's language.
 *
 * @param areaCode the region or grid code the item belongs to
 * @param money the item's money by source, in fen
 * @param spentFen paid to date
 * @param progressPercent progress of the work, or null when the item has none (a budget line)
 * @param facts further labelled values the page lists, such as length, contractor or the promise kept
 * @param geometry the item's location as GeoJSON geometry, or null
 * @param lat a point of the item, where a resident's report about it is located to a grid; null: none
 * @param fiscal the budget figures of a budget line, for the open data; null for other items
 */
public record DisclosedItem(
        Subject subject,
        String title,
        String areaCode,
        String ownerUnit,
        String summary,
        List<Money> money,
        long budgetFen,
        long spentFen,
        List<Target> targets,
        @Nullable Integer progressPercent,
        List<Milestone> milestones,
        List<UUID> photoIds,
        List<Fact> facts,
        @Nullable String geometry,
        @Nullable Double lat,
        @Nullable Double lng,
        @Nullable Fiscal fiscal) {

    /** Money from one source (message key {@code funds.source.<SOURCE>}). */
    public record Money(String source, long amountFen) {}

    /** A performance target with its latest actual value; {@code categoryKey} is a message key. */
    public record Target(
            String name,
            String categoryKey,
            String unit,
            @Nullable BigDecimal baseline,
            BigDecimal target,
            @Nullable BigDecimal actual,
            @Nullable String period) {}

    /**
     * A step of the work; {@code nameKey}, when given, is a message key the page shows in the reader's language
     * instead of {@code name}.
     */
    public record Milestone(
            String name,
            @Nullable LocalDate planned,
            @Nullable LocalDate actual,
            @Nullable String nameKey) {

        public Milestone(String name, @Nullable LocalDate planned, @Nullable LocalDate actual) {
            this(name, planned, actual, null);
        }
    }

    /**
     * A labelled value: {@code labelKey} is a message key; {@code valueKey}, when given, is a message key the page
     * shows in the reader's language (a grade, yes), else {@code value} is shown as is (a name, a length).
     */
    public record Fact(
            String labelKey, String value, @Nullable String valueKey) {

        public Fact(String labelKey, String value) {
            this(labelKey, value, null);
        }

        /** A value that is a message key; {@code value} keeps the key for those that read the record as data. */
        public static Fact said(String labelKey, String valueKey) {
            return new Fact(labelKey, valueKey, valueKey);
        }
    }

    /** A budget line's figures as the Fiscal Data Package describes them. */
    public record Fiscal(
            int fiscalYear, String classification, String source, String ownerUnit, long amountFen, long spentFen) {}
}
