package org.linju.agenda;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.grid.BoardChanges;
import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.shared.Theme;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual ten big things (年度10件大事) of each community, or of one of its grids: candidates, the party committee's
 * shortlist and adoption with an owner from the forces roster (at most ten items a list), dropping, closing a year
 * (its list is then archived and read-only), and what serves an item ({@link #link}).
 */
@Service
public class AnnualItems {

    /** The most items one list (a community's or a grid's) holds in a year. */
    public static final int LIST_SIZE = 10;

    private static final List<ForceKind> OWNER_KINDS = List.of(
            ForceKind.COMMUNITY_STAFF,
            ForceKind.LIAISON_LEADER,
            ForceKind.STEPPED_DOWN_CADRE,
            ForceKind.GRID_WORKER,
            ForceKind.POLICE);

    private final AnnualItemStore items;
    private final MilestoneStore milestones;
    private final Forces forces;
    private final Grids grids;
    private final BoardChanges board;
    private final Clock clock;

    AnnualItems(
            AnnualItemStore items,
            MilestoneStore milestones,
            Forces forces,
            Grids grids,
            BoardChanges board,
            Clock clock) {
        this.items = items;
        this.milestones = milestones;
        this.forces = forces;
        this.grids = grids;
        this.board = board;
        this.clock = clock;
    }

    /** An item the viewer may see: in or above its community, or in one of its grids. */
    public AnnualItem item(CurrentUser viewer, UUID id) {
        AnnualItem item = find(id);
        AgendaAccess.requireViewer(viewer, item);
        return item;
    }

    AnnualItem find(UUID id) {
        return items.find(id).orElseThrow(ItemNotFound::new);
    }

    /**
     * The people offered as owners of an item of the community, from its forces roster (never a name typed in): those
     * who run the community and its grids, not the thousands of cadres registered into them. Any member of the
     * community's roster is still accepted by {@link #adopt}.
     */
    public List<Owner> owners(CurrentUser viewer, String community) {
        return OWNER_KINDS.stream()
                .flatMap(kind -> forces.roster(viewer, community, kind).stream())
                .map(member -> new Owner(member.id(), member.name(), member.accountUsername()))
                .toList();
    }

    /** A candidate the committee puts forward itself: shortlisted at once. */
    @Transactional
    public UUID addCandidate(CurrentUser by, Candidate candidate) {
        AgendaAccess.requireDecider(by, candidate.community());
        checkPlace(candidate);
        requireOpen(candidate.community(), candidate.year());
        UUID id = items.insert(
                new AnnualItemStore.NewItem(
                        candidate.community(),
                        candidate.grid(),
                        candidate.year(),
                        candidate.title(),
                        candidate.description(),
                        ItemStatus.SHORTLISTED,
                        null,
                        null),
                clock.instant());
        return id;
    }

    void checkPlace(Candidate candidate) {
        candidate.check();
        if (candidate.grid() != null && !grids.exists(candidate.grid())) {
            throw new ItemInvalid("agenda.gridOutside");
        }
    }

    /** The campaigns the item serves, set by those who decide the list. */
    @Transactional
    public void tagThemes(CurrentUser by, UUID id, List<Theme> themes) {
        AgendaAccess.requireDecider(by, find(id).communityCode());
        items.themes(id, themes);
    }

    @Transactional
    public void shortlist(CurrentUser by, UUID id) {
        AnnualItem item = decidable(by, id);
        if (!item.status().mayShortlist()) {
            throw new ItemRefused("agenda.notAProposal");
        }
        items.status(id, ItemStatus.SHORTLISTED);
    }

    /** Adopts a candidate into its year's list with an owner from the roster; refuses the eleventh item. */
    @Transactional
    public void adopt(CurrentUser by, UUID id, UUID ownerMemberId) {
        AnnualItem item = decidable(by, id);
        if (!item.status().mayAdopt()) {
            throw new ItemRefused("agenda.notACandidate");
        }
        Owner owner = forces.memberIn(by, item.communityCode(), ownerMemberId)
                .map(member -> new Owner(member.id(), member.name(), member.accountUsername()))
                .orElseThrow(() -> new ItemRefused("agenda.ownerUnknown"));
        items.lockYear(item.communityCode(), item.year());
        requireOpen(item.communityCode(), item.year());
        if (items.countOnListLocked(item.communityCode(), item.gridCode(), item.year()) >= LIST_SIZE) {
            throw new ListFull();
        }
        items.adopt(id, owner, clock.instant());
        refreshProgress(item);
    }

    @Transactional
    public void drop(CurrentUser by, UUID id) {
        AnnualItem item = decidable(by, id);
        if (!item.status().mayDrop()) {
            throw new ItemRefused("agenda.cannotDrop");
        }
        items.status(id, ItemStatus.DROPPED);
        board.changed();
    }

    /** Closes a year's list of a community: archived, read-only, linked from the board as an earlier year. */
    @Transactional
    public void closeYear(CurrentUser by, String community, int year) {
        AgendaAccess.requireDecider(by, community);
        if (year > AgendaYear.current(clock)) {
            throw new ItemRefused("agenda.yearNotOver");
        }
        items.lockYear(community, year);
        if (!items.close(community, year, by.getUsername(), clock.instant())) {
            throw new ItemRefused("agenda.yearClosed");
        }
        board.changed();
    }

    public boolean closed(String community, int year) {
        return items.closed(community, year);
    }

    /**
     * Records that a matter, project list or meeting decision serves an item (again: its title and address are
     * updated). {@code url} is a local address ({@code /track/…}, {@code /projects/…}, {@code /meetings/…}). For
     * modules that checked the caller already, such as meetings linking its decisions.
     */
    @Transactional
    public void link(UUID itemId, LinkKind kind, String reference, String title, String url) {
        find(itemId);
        if (!url.startsWith("/") || url.startsWith("//") || url.length() > 300 || reference.isBlank()) {
            throw new ItemInvalid("agenda.linkInvalid");
        }
        String shortTitle = title.strip().length() > 200 ? title.strip().substring(0, 200) : title.strip();
        milestones.link(itemId, new ItemLink(kind, reference.strip(), shortTitle, url), clock.instant());
        board.changed();
    }

    /** Re-reads the milestones of an item on the list and stores its progress and status. */
    void refreshProgress(AnnualItem item) {
        int percent = ProgressRollUp.percent(milestones.of(item.id()));
        items.progress(item.id(), percent, ItemStatus.ofProgress(percent));
        board.changed();
    }

    void requireOpen(String community, int year) {
        if (items.closed(community, year)) {
            throw new ItemRefused("agenda.yearClosed");
        }
    }

    private AnnualItem decidable(CurrentUser by, UUID id) {
        AnnualItem item = find(id);
        AgendaAccess.requireDecider(by, item.communityCode());
        requireOpen(item.communityCode(), item.year());
        return item;
    }
}
