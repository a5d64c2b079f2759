package org.linju.matters;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.Grids;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the matter page shows besides the matter itself: its grid on a small map, the limit it works to now with the
 * time left, and who took each step of the timeline, named in the reader's language.
 */
@Component
class MatterPageModel {

    /** Who took a step: a message key ({@code actor.reporter}, {@code actor.system} or the account's role) and a name. */
    record Actor(String key, @Nullable String name) {}

    /** The limit the matter works to now, with the time left before it or by which it was exceeded. */
    record Limit(String labelKey, Instant due, TimeLeft left) {}

    private static final Set<Stage> WORKING =
            Set.of(Stage.REGISTERED, Stage.DISPATCHED, Stage.ACCEPTED, Stage.IN_PROGRESS, Stage.RETURNED);

    private final MatterPages pages;
    private final Departments departments;
    private final Accounts accounts;
    private final Grids grids;
    private final Clock clock;
    private final String tileUrl;

    MatterPageModel(
            MatterPages pages,
            Departments departments,
            Accounts accounts,
            Grids grids,
            Clock clock,
            @Value("${linju.map.tile-url:}") String tileUrl) {
        this.pages = pages;
        this.departments = departments;
        this.accounts = accounts;
        this.grids = grids;
        this.clock = clock;
        this.tileUrl = tileUrl;
    }

    void fill(CurrentUser user, UUID id, Model model) {
        MatterPages.Page page = pages.page(user, id);
        MatterView matter = page.matter();
        model.addAttribute("matter", matter);
        model.addAttribute("timeline", page.timeline());
        model.addAttribute("actors", actors(page.timeline()));
        model.addAttribute("photos", page.photos());
        model.addAttribute("nearby", page.nearby());
        model.addAttribute("merged", page.merged());
        model.addAttribute("reporterPhone", page.reporterPhone());
        model.addAttribute("actions", page.actions());
        model.addAttribute("pending", page.pending());
        model.addAttribute("limit", limit(matter));
        model.addAttribute("gridJson", matter.gridCode() == null ? "" : gridOf(matter.gridCode()));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("departments", departments.all());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("difficulties", Difficulty.values());
        model.addAttribute("colours", Colour.values());
    }

    /** The acceptance limit while the matter waits to be accepted, else the resolution limit; none once resolved. */
    @Nullable
    Limit limit(MatterView matter) {
        if (!WORKING.contains(matter.stage())) {
            return null;
        }
        boolean accepting = matter.stage() == Stage.DISPATCHED && matter.acceptDue() != null;
        Instant due = accepting ? matter.acceptDue() : matter.resolveDue();
        if (due == null) {
            return null;
        }
        String label = accepting ? "matter.acceptDue" : "matter.resolveDue";
        return new Limit(label, due, TimeLeft.between(clock.instant(), due));
    }

    private String gridOf(String gridCode) {
        return grids.featureCollection(GridScope.of(Set.of(RegionCode.of(gridCode))));
    }

    private Map<String, Actor> actors(List<TimelineEntry> timeline) {
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (TimelineEntry step : timeline) {
            actors.computeIfAbsent(step.actor(), this::actor);
        }
        return actors;
    }

    private Actor actor(String actor) {
        if (actor.equals("reporter")) {
            return new Actor("actor.reporter", null);
        }
        if (actor.startsWith("system:")) {
            return new Actor("actor.system", null);
        }
        return accounts.find(actor)
                .map(account -> new Actor(account.role().messageKey(), account.displayName()))
                .orElseGet(() -> new Actor("actor.account", actor));
    }
}
