package org.linju.forces;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.shared.ListPage;
import org.linju.shared.ListRequest;
import org.linju.shared.PhoneNumber;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forces register and the duty charts. Lists are scoped to the viewer's area and their masked phones are
 * audited as views of personal data. Marking a person unavailable switches every role they hold as A to its B,
 * and marking them available again switches back; both are recorded.
 */
@Service
public class Forces {

    /** The columns the roster may be sorted by; the first (the area) is the default. */
    public static final List<String> ROSTER_COLUMNS = ForceRoster.COLUMNS;

    private final ForceRegister register;
    private final ForceRoster roster;
    private final DutyCharts charts;
    private final DutySwitches switches;
    private final GridPackaging packaging;
    private final DutyHandover handover;
    private final AuditLog audit;

    Forces(
            ForceRegister register,
            ForceRoster roster,
            DutyCharts charts,
            DutySwitches switches,
            GridPackaging packaging,
            DutyHandover handover,
            AuditLog audit) {
        this.register = register;
        this.roster = roster;
        this.charts = charts;
        this.switches = switches;
        this.packaging = packaging;
        this.handover = handover;
        this.audit = audit;
    }

    /** Registers people (demo data, imports); returns their ids in order. */
    @Transactional
    public List<UUID> register(Collection<NewForceMember> members) {
        List<NewForceMember> normalised = members.stream()
                .map(member -> new NewForceMember(
                        member.kind(),
                        member.name(),
                        member.phone() == null
                                ? null
                                : PhoneNumber.of(member.phone()).value(),
                        member.gridCode(),
                        member.communityCode(),
                        member.departmentCode(),
                        member.organisation(),
                        member.skills(),
                        member.accountUsername()))
                .toList();
        List<UUID> ids = normalised.stream().map(member -> UUID.randomUUID()).toList();
        register.insertAll(ids, normalised);
        return ids;
    }

    @Transactional
    public void assignDuty(String grid, GovernanceRole role, UUID holder, @Nullable UUID backup) {
        charts.assignDuty(grid, role, holder, backup);
    }

    @Transactional
    public void assignCommunityDuty(String community, int seat, String title, UUID holder, @Nullable UUID backup) {
        charts.assignCommunityDuty(community, seat, title, holder, backup);
    }

    /** The community's committee seats with their A and B, for a viewer whose area covers it or one of its grids. */
    public List<CommunityDutyLine> communityDuties(CurrentUser viewer, String community) {
        ForcesAccess.requireCommunityInView(viewer, community);
        return charts.communityDuties(community).stream()
                .map(line -> ForcesAccess.seesReasons(viewer) ? line : line.withoutNotes())
                .toList();
    }

    /** A department takes a grid into its care (部门包网格). */
    @Transactional
    public void packageGrid(String departmentCode, String gridCode) {
        packaging.packageGrid(departmentCode, gridCode);
    }

    public List<String> packagingDepartments(CurrentUser viewer, String grid) {
        ForcesAccess.areaPatterns(viewer, grid);
        return packaging.packagingDepartments(grid);
    }

    /**
     * One person registered in a community (or one of its grids) within the viewer's scope, without their phone: for
     * another module that records who is responsible for something (agenda's item owners) and shows only the name.
     */
    public Optional<ForceMember> memberIn(CurrentUser viewer, String community, UUID id) {
        ForcesAccess.areaPatterns(viewer, community);
        return register.find(id)
                .filter(member -> member.communityCode().equals(community))
                .map(member -> new ForceMember(
                        member.id(),
                        member.kind(),
                        member.name(),
                        null,
                        member.gridCode(),
                        member.communityCode(),
                        member.departmentCode(),
                        member.organisation(),
                        member.skills(),
                        member.accountUsername(),
                        member.available(),
                        null));
    }

    /**
     * People serving in an area (a grid or community code, or the viewer's whole scope), at most 500; why someone is
     * unavailable only for coordinators.
     */
    public List<ForceMember> roster(CurrentUser viewer, @Nullable String area, @Nullable ForceKind kind) {
        String[] patterns = ForcesAccess.areaPatterns(viewer, area);
        List<ForceMember> members = register.inArea(patterns, kind, 500).stream()
                .map(member -> ForcesAccess.seesReasons(viewer) ? member : member.withoutNote())
                .toList();
        auditView(viewer, area, members.size());
        return members;
    }

    /**
     * One page of the people serving in the viewer's scope, narrowed by {@code filter} (an area outside the scope is
     * refused, never widened), with the duty-chart lines each is on; the masked phones shown are audited.
     */
    public ListPage<RosterLine> rosterPage(CurrentUser viewer, ForceFilter filter, ListRequest request) {
        ForceFilter checked = filter.inArea(ForcesAccess.checkedArea(viewer, filter.area()));
        String[] patterns = viewer.scope().sqlPatterns();
        List<RosterLine> lines = roster.page(patterns, checked, request).stream()
                .map(line -> ForcesAccess.seesReasons(viewer) ? line : line.withoutNote())
                .toList();
        auditView(viewer, checked.area(), lines.size());
        return new ListPage<>(lines, roster.count(patterns, checked), request);
    }

    private void auditView(CurrentUser viewer, @Nullable String area, int shown) {
        if (shown > 0) {
            audit.record(new AuditRecord(
                    viewer.getUsername(),
                    viewer.role().name(),
                    AuditAction.VIEW_PERSONAL_DATA,
                    "forces",
                    area == null ? "scope" : area,
                    area,
                    null,
                    shown + " masked phones"));
        }
    }

    public List<DutyLine> dutyChart(CurrentUser viewer, String grid) {
        ForcesAccess.areaPatterns(viewer, grid);
        return charts.dutyChart(grid).stream()
                .map(line -> ForcesAccess.seesReasons(viewer) ? line : line.withoutNotes())
                .toList();
    }

    /** The duty chart without a viewer, for the public community board (names only are shown there). */
    public List<DutyLine> publicDutyChart(String grid) {
        return charts.dutyChart(grid);
    }

    /** The recent switches; why the holder was away only for coordinators. */
    public List<DutySwitch> switches(CurrentUser viewer, @Nullable String area) {
        return switches.switches(ForcesAccess.areaPatterns(viewer, area), 100).stream()
                .map(change -> ForcesAccess.seesReasons(viewer) ? change : change.withoutReason())
                .toList();
    }

    public Optional<ForceMember> member(UUID id) {
        return register.find(id);
    }

    /** Every registration of a sign-in (one person may serve as several kinds). */
    public List<UUID> membershipsOf(String username) {
        return register.idsByAccount(username);
    }

    public Optional<ForceMember> memberOf(String username) {
        return register.byAccount(username);
    }

    /**
     * Marks a person unavailable (leave, sickness, no answer in an emergency): each role they hold as A now goes to
     * its B. Returns the backups that took over.
     */
    @Transactional
    public List<UUID> markUnavailable(CurrentUser by, UUID memberId, String reason) {
        return handover.markUnavailable(by, memberId, reason);
    }

    /** The system's own switch, when a person did not acknowledge a directive in time. */
    @Transactional
    public List<UUID> markUnreachable(UUID memberId, String reason) {
        return handover.markUnreachable(memberId, reason);
    }

    @Transactional
    public void markAvailable(CurrentUser by, UUID memberId) {
        handover.markAvailable(by, memberId);
    }

    /**
     * Who should receive new work meant for these accounts: an account whose person is unavailable is replaced by
     * the accounts of the backups (B) of the roles that person holds as A. Accounts without a force member stay.
     */
    public List<String> actingFor(Collection<String> usernames) {
        return handover.actingFor(usernames);
    }

    /** The backups of the roles this person holds as A. */
    public List<UUID> backupsOf(UUID memberId) {
        return handover.backupsOf(memberId);
    }
}
