package org.linju.forces;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditLog;
import org.linju.audit.AuditRecord;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.PhoneNumber;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forces register and the duty charts. Lists are scoped to the viewer's area and their masked phones are
 * audited as views of personal data. Marking a person unavailable switches every role they hold as A to its B,
 * and marking them available again switches back; both are recorded.
 */
@Service
public class Forces {

    private final ForceStore store;
    private final AuditLog audit;
    private final Clock clock;

    Forces(ForceStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
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
        store.insertAll(ids, normalised);
        return ids;
    }

    @Transactional
    public void assignDuty(String grid, GovernanceRole role, UUID holder, @Nullable UUID backup) {
        store.assignDuty(grid, role, holder, backup);
    }

    @Transactional
    public void assignCommunityDuty(String community, int seat, String title, UUID holder, @Nullable UUID backup) {
        store.assignCommunityDuty(community, seat, title, holder, backup);
    }

    /** The community's committee seats with their A and B, for a viewer whose area covers it or one of its grids. */
    public List<CommunityDutyLine> communityDuties(CurrentUser viewer, String community) {
        boolean visible = viewer.role() != Role.RESIDENT
                && RegionCode.isValid(community)
                && (viewer.scope().covers(RegionCode.of(community))
                        || viewer.scope().roots().stream()
                                .anyMatch(root -> root.value().startsWith(community)));
        if (!visible) {
            throw new OutOfScope("forces");
        }
        return store.communityDuties(community).stream()
                .map(line -> seesReasons(viewer) ? line : line.withoutNotes())
                .toList();
    }

    /** A department takes a grid into its care (部门包网格). */
    @Transactional
    public void packageGrid(String departmentCode, String gridCode) {
        store.packageGrid(departmentCode, gridCode);
    }

    public List<String> packagingDepartments(CurrentUser viewer, String grid) {
        patterns(viewer, grid);
        return store.packagingDepartments(grid);
    }

    /**
     * People serving in an area (a grid or community code, or the viewer's whole scope), at most 500; why someone is
     * unavailable only for coordinators.
     */
    public List<ForceMember> roster(CurrentUser viewer, @Nullable String area, @Nullable ForceKind kind) {
        String[] patterns = patterns(viewer, area);
        List<ForceMember> members = store.inArea(patterns, kind, 500).stream()
                .map(member -> seesReasons(viewer) ? member : member.withoutNote())
                .toList();
        if (!members.isEmpty()) {
            audit.record(new AuditRecord(
                    viewer.getUsername(),
                    viewer.role().name(),
                    AuditAction.VIEW_PERSONAL_DATA,
                    "forces",
                    area == null ? "scope" : area,
                    area,
                    null,
                    members.size() + " masked phones"));
        }
        return members;
    }

    public List<DutyLine> dutyChart(CurrentUser viewer, String grid) {
        patterns(viewer, grid);
        return store.dutyChart(grid).stream()
                .map(line -> seesReasons(viewer) ? line : line.withoutNotes())
                .toList();
    }

    /** The duty chart without a viewer, for the public community board (names only are shown there). */
    public List<DutyLine> publicDutyChart(String grid) {
        return store.dutyChart(grid);
    }

    /** The recent switches; why the holder was away only for coordinators. */
    public List<DutySwitch> switches(CurrentUser viewer, @Nullable String area) {
        return store.switches(patterns(viewer, area), 100).stream()
                .map(change -> seesReasons(viewer) ? change : change.withoutReason())
                .toList();
    }

    public Optional<ForceMember> member(UUID id) {
        return store.find(id);
    }

    /** Every registration of a sign-in (one person may serve as several kinds). */
    public List<UUID> membershipsOf(String username) {
        return store.idsByAccount(username);
    }

    public Optional<ForceMember> memberOf(String username) {
        return store.byAccount(username);
    }

    /**
     * Marks a person unavailable (leave, sickness, no answer in an emergency): each role they hold as A now goes to
     * its B. Returns the backups that took over.
     */
    @Transactional
    public List<UUID> markUnavailable(CurrentUser by, UUID memberId, String reason) {
        ForceMember member = inScope(by, memberId);
        if (reason.isBlank() || reason.length() > 200) {
            throw new ReasonRequired();
        }
        if (!store.setAvailable(member.id(), false, reason.strip())) {
            return List.of();
        }
        return switchToBackups(member.id(), reason.strip(), by.getUsername());
    }

    /** The system's own switch, when a person did not acknowledge a directive in time. */
    @Transactional
    public List<UUID> markUnreachable(UUID memberId, String reason) {
        if (!store.setAvailable(memberId, false, reason)) {
            return List.of();
        }
        return switchToBackups(memberId, reason, "system");
    }

    @Transactional
    public void markAvailable(CurrentUser by, UUID memberId) {
        ForceMember member = inScope(by, memberId);
        if (store.setAvailable(member.id(), true, null)) {
            store.recordSwitchBack(member.id(), clock.instant());
        }
    }

    /**
     * Who should receive new work meant for these accounts: an account whose person is unavailable is replaced by
     * the accounts of the backups (B) of the roles that person holds as A. Accounts without a force member stay.
     */
    public List<String> actingFor(Collection<String> usernames) {
        LinkedHashSet<String> acting = new LinkedHashSet<>();
        for (String username : usernames) {
            Optional<ForceMember> member = store.byAccount(username);
            if (member.isEmpty() || member.get().available()) {
                acting.add(username);
                continue;
            }
            List<String> backups = backupsOf(member.get().id()).stream()
                    .map(store::find)
                    .flatMap(Optional::stream)
                    .filter(ForceMember::available)
                    .map(ForceMember::accountUsername)
                    .filter(Objects::nonNull)
                    .toList();
            if (backups.isEmpty()) {
                acting.add(username);
            }
            acting.addAll(backups);
        }
        return List.copyOf(acting);
    }

    /** The backups of the roles this person holds as A. */
    public List<UUID> backupsOf(UUID memberId) {
        return store.dutiesWithBackup(memberId).stream()
                .map(duty -> (UUID) duty[2])
                .distinct()
                .toList();
    }

    private List<UUID> switchToBackups(UUID holder, String reason, String by) {
        Instant now = clock.instant();
        List<Object[]> duties = store.dutiesWithBackup(holder);
        for (Object[] duty : duties) {
            store.recordSwitch((String) duty[0], (String) duty[1], holder, (UUID) duty[2], reason, now, by);
        }
        return duties.stream().map(duty -> (UUID) duty[2]).distinct().toList();
    }

    /** Staff who may mark people away and back: grid leaders and above, within their area. */
    private static final Set<Role> COORDINATORS = EnumSet.of(
            Role.DISTRICT_ADMIN, Role.LIAISON_LEADER, Role.STREET_STAFF, Role.COMMUNITY_SECRETARY, Role.GRID_LEADER);

    /** Why someone is away (sick, on leave) is for the staff who may mark them away and back. */
    private static boolean seesReasons(CurrentUser viewer) {
        return COORDINATORS.contains(viewer.role());
    }

    private ForceMember inScope(CurrentUser viewer, UUID memberId) {
        ForceMember member = store.find(memberId).orElseThrow(() -> new OutOfScope("force member"));
        String node = member.gridCode() == null ? member.communityCode() : member.gridCode();
        if (!viewer.scope().covers(RegionCode.of(node)) || !COORDINATORS.contains(viewer.role())) {
            throw new OutOfScope("force member");
        }
        return member;
    }

    private static String[] patterns(CurrentUser viewer, @Nullable String area) {
        if (viewer.role() == Role.RESIDENT) {
            throw new OutOfScope("forces");
        }
        if (area == null || area.isBlank()) {
            return viewer.scope().sqlPatterns();
        }
        if (!RegionCode.isValid(area) || !viewer.scope().covers(RegionCode.of(area))) {
            throw new OutOfScope("forces");
        }
        return new String[] {area + "%"};
    }
}
