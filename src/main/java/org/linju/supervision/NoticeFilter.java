package org.linju.supervision;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.shared.ListRequest;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The register's filters and page as the URL carries them ({@code /supervision?area=…&state=OVERDUE&…}).
 *
 * @param area a street, community or grid of the viewer's scope
 * @param state a {@link NoticeState} name, or {@code OVERDUE} for notices past their deadline and not accepted
 * @param from issued on or after this day
 * @param to issued on or before this day
 */
public record NoticeFilter(
        @Nullable String area,
        @Nullable SupervisionOffice office,
        @Nullable String state,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate from,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate to,

        @Nullable Integer page,
        @Nullable Integer size,
        @Nullable String sort,
        @Nullable String dir) {

    /** The columns the register sorts by; the first, newest first, is the default. */
    public static final List<String> SORTABLE = List.of("issued", "deadline", "points", "grid", "state");

    public static NoticeFilter none() {
        return new NoticeFilter(null, null, null, null, null, null, null, null, null);
    }

    public ListRequest request() {
        return ListRequest.of(page, size, sort, dir, SORTABLE, true);
    }

    boolean overdueOnly() {
        return "OVERDUE".equals(state);
    }

    @Nullable
    String stateName() {
        return Arrays.stream(NoticeState.values())
                .map(Enum::name)
                .filter(name -> name.equals(state))
                .findFirst()
                .orElse(null);
    }
}
