package org.linju.agenda;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.linju.grid.AnnualTasks;
import org.springframework.stereotype.Component;

/**
 * What the public sees: the fifth part of each community board (this year's list with its progress, the earlier
 * years' archives), an item's public page and a year's archived list. Candidates and dropped items stay inside.
 */
@Component
public class AnnualBoard implements AnnualTasks {

    /** A year's list as the archive page shows it. */
    public record YearList(String communityCode, int year, boolean closed, List<AnnualItem> items) {}

    private final AnnualItemStore items;
    private final MilestoneStore milestones;
    private final Clock clock;

    AnnualBoard(AnnualItemStore items, MilestoneStore milestones, Clock clock) {
        this.items = items;
        this.milestones = milestones;
        this.clock = clock;
    }

    @Override
    public Listing ofCommunity(String communityCode) {
        int year = AgendaYear.current(clock);
        List<Task> tasks = items.onList(communityCode, year).stream()
                .map(item -> new Task(
                        item.title(),
                        item.progress(),
                        "agenda.status." + item.status().name(),
                        itemUrl(item.id())))
                .toList();
        List<EarlierYear> earlier = items.closedYearsBefore(communityCode, year).stream()
                .map(closed -> new EarlierYear(closed, yearUrl(communityCode, closed)))
                .toList();
        return new Listing(year, tasks, earlier, proposeUrl(communityCode));
    }

    /** An item on a list, for its public page; a candidate or dropped item is not found. */
    public AnnualItem publicItem(UUID id) {
        return items.find(id).filter(item -> item.status().onTheList()).orElseThrow(ItemNotFound::new);
    }

    public List<Milestone> publicMilestones(UUID id) {
        return milestones.of(publicItem(id).id());
    }

    public List<ItemLink> publicLinks(UUID id) {
        return milestones.links(publicItem(id).id());
    }

    public YearList yearList(String communityCode, int year) {
        return new YearList(communityCode, year, items.closed(communityCode, year), items.onList(communityCode, year));
    }

    public static String itemUrl(UUID id) {
        return "/public/annual/" + id;
    }

    public static String yearUrl(String communityCode, int year) {
        return "/public/communities/" + communityCode + "/annual/" + year;
    }

    public static String proposeUrl(String communityCode) {
        return "/public/communities/" + communityCode + "/proposals";
    }
}
