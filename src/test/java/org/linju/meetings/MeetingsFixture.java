package org.linju.meetings;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.ModuleTestArea;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.forces.NewForceMember;
import org.linju.grid.GridBoundaryImport;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The meetings module's county (511781): a community with one grid whose duty chart names a grid leader (with an
 * account), a police officer, a property manager and a residents' group leader; a second community of the same street
 * with its own secretary; a secretary, a street officer and a grid leader signing in.
 */
final class MeetingsFixture {

    static final ModuleTestArea AREA = new ModuleTestArea("511781");
    static final String OTHER_COMMUNITY = "511781001002";
    static final String SECRETARY = "meetings-secretary";
    static final String LEADER = "meetings-leader";
    static final String STREET = "meetings-street";
    static final String OTHER_SECRETARY = "meetings-other";

    final UUID leader;
    final UUID police;
    final UUID property;
    final UUID residents;

    private MeetingsFixture(List<UUID> ids) {
        this.leader = ids.get(0);
        this.police = ids.get(1);
        this.property = ids.get(2);
        this.residents = ids.get(3);
    }

    private static @Nullable MeetingsFixture created;

    /** Once per test JVM: the module tests of meetings share one server and one county. */
    static synchronized MeetingsFixture create(
            JdbcClient jdbc, GridBoundaryImport boundaries, Accounts accounts, Forces forces) {
        if (created == null) {
            created = createOnce(jdbc, boundaries, accounts, forces);
        }
        return created;
    }

    private static MeetingsFixture createOnce(
            JdbcClient jdbc, GridBoundaryImport boundaries, Accounts accounts, Forces forces) {
        AREA.createRegions(jdbc);
        jdbc.sql("""
                insert into region (code, name, official_name, level, parent_code, district_code)
                values (?, '另一社区', '另一社区居委会', 'COMMUNITY', ?, ?)
                """)
                .params(OTHER_COMMUNITY, AREA.county() + "001", AREA.county())
                .update();
        boundaries.importFeatureCollection(AREA.boundaries(), GridScope.unrestricted());
        open(accounts, SECRETARY, Role.COMMUNITY_SECRETARY, AREA.community());
        open(accounts, LEADER, Role.GRID_LEADER, AREA.grid());
        open(accounts, STREET, Role.STREET_STAFF, AREA.county() + "001");
        open(accounts, OTHER_SECRETARY, Role.COMMUNITY_SECRETARY, OTHER_COMMUNITY);
        List<UUID> ids = forces.register(List.of(
                member(ForceKind.COMMUNITY_STAFF, "会网格长", LEADER),
                member(ForceKind.POLICE, "会民警", null),
                member(ForceKind.COMMUNITY_STAFF, "会物业", null),
                member(ForceKind.PARTY_MEMBER, "会组长", null),
                member(ForceKind.VOLUNTEER, "会志愿者", null)));
        forces.assignDuty(AREA.grid(), GovernanceRole.GRID_LEADER, ids.get(0), null);
        forces.assignDuty(AREA.grid(), GovernanceRole.COMMUNITY_POLICE, ids.get(1), null);
        forces.assignDuty(AREA.grid(), GovernanceRole.PROPERTY_MANAGER, ids.get(2), null);
        forces.assignDuty(AREA.grid(), GovernanceRole.RESIDENTS_GROUP_LEADER, ids.get(3), null);
        return new MeetingsFixture(ids);
    }

    /** The four default invitees of a monthly joint meeting. */
    List<MeetingDraft.Invitee> defaults() {
        return List.of(
                new MeetingDraft.Invitee(leader, AttendeeRole.PARTY_ORGANISATION),
                new MeetingDraft.Invitee(police, AttendeeRole.COMMUNITY_POLICE),
                new MeetingDraft.Invitee(property, AttendeeRole.PROPERTY_COMPANY),
                new MeetingDraft.Invitee(residents, AttendeeRole.RESIDENT_REPRESENTATIVE));
    }

    MeetingDraft draft(MeetingKind kind, String area, Instant at) {
        return new MeetingDraft(
                kind, area, "联席会议测试", LocalDateTime.ofInstant(at, DateRange.CHINA), "社区会议室", defaults());
    }

    private static NewForceMember member(ForceKind kind, String name, @Nullable String account) {
        return new NewForceMember(kind, name, null, AREA.grid(), AREA.community(), null, null, List.of(), account);
    }

    private static void open(Accounts accounts, String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
    }

    static CurrentUser user(Accounts accounts, String username) {
        return accounts.loadUserByUsername(username);
    }
}
