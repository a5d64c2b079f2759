package org.linju.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linju.agenda.AnnualItem;
import org.linju.agenda.AnnualItemFilter;
import org.linju.agenda.AnnualItemList;
import org.linju.agenda.AnnualItems;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListRequest;
import org.linju.shared.Theme;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * This year's ten big things get the campaign themes they serve (street lighting and pocket parks the civilised
 * city, drainage and lifts the old compounds, fire safety the emergency system), so that a livelihood project's page
 * shows the ten big things of its themes beside it.
 */
@Component
@Order(82)
class DemoWorkThemes implements DemoChapter {

    private static final Map<String, List<Theme>> THEMES = Map.of(
            "路灯", List.of(Theme.CIVILISED_CITY, Theme.BACK_STREETS),
            "口袋公园", List.of(Theme.CIVILISED_CITY, Theme.THREE_MICRO),
            "雨污分流", List.of(Theme.OLD_COMPOUND_RENEWAL, Theme.WATER),
            "加装电梯", List.of(Theme.OLD_COMPOUND_RENEWAL),
            "消防", List.of(Theme.EMERGENCY_SYSTEM));

    private final AnnualItemList list;
    private final AnnualItems items;
    private final Accounts accounts;
    private final Clock clock;

    DemoWorkThemes(AnnualItemList list, AnnualItems items, Accounts accounts, Clock clock) {
        this.list = list;
        this.items = items;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void load(Random random) {
        CurrentUser admin = accounts.loadUserByUsername("admin");
        int year = LocalDate.now(clock.withZone(DemoWorksPlaces.CHINA)).getYear();
        AnnualItemFilter thisYear = new AnnualItemFilter(year, null, null, 0, ListRequest.MAX_SIZE, null, null);
        for (int page = 0; ; page++) {
            List<AnnualItem> rows = list.page(admin, withPage(thisYear, page)).rows();
            rows.forEach(item -> tag(admin, item));
            if (rows.size() < ListRequest.MAX_SIZE) {
                return;
            }
        }
    }

    private static AnnualItemFilter withPage(AnnualItemFilter filter, int page) {
        return new AnnualItemFilter(filter.year(), null, null, page, filter.size(), null, null);
    }

    private void tag(CurrentUser admin, AnnualItem item) {
        List<Theme> themes = THEMES.entrySet().stream()
                .filter(theme -> item.title().contains(theme.getKey()))
                .flatMap(theme -> theme.getValue().stream())
                .distinct()
                .toList();
        if (!themes.isEmpty()) {
            items.tagThemes(admin, item.id(), themes);
        }
    }
}
