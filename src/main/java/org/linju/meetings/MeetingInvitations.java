package org.linju.meetings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.linju.forces.CommunityDutyLine;
import org.linju.forces.DutyLine;
import org.linju.forces.ForceMember;
import org.linju.forces.Forces;
import org.linju.grid.Grids;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.stereotype.Component;

/**
 * The people a meeting of an area may invite, from the forces register: by default those acting on the grids' duty
 * charts in the roles the kind invites (and, for a community, the secretary on its first committee seat as the party
 * organisation), then everyone else serving in the area. Invitees are always resolved from the register by id.
 */
@Component
class MeetingInvitations {

    private static final int MAX_OTHERS = 300;

    private final Forces forces;
    private final Grids grids;
    private final Accounts accounts;

    MeetingInvitations(Forces forces, Grids grids, Accounts accounts) {
        this.forces = forces;
        this.grids = grids;
        this.accounts = accounts;
    }

    List<Candidate> candidates(CurrentUser viewer, MeetingKind kind, String area) {
        Map<UUID, Candidate> found = new LinkedHashMap<>();
        if (RegionCode.of(area).level() == RegionLevel.COMMUNITY) {
            List<CommunityDutyLine> seats = forces.communityDuties(viewer, area);
            if (!seats.isEmpty() && kind.defaultRoles().contains(AttendeeRole.PARTY_ORGANISATION)) {
                ForceMember secretary = seats.get(0).acting();
                found.put(secretary.id(), candidate(secretary, AttendeeRole.PARTY_ORGANISATION, true));
            }
        }
        for (String grid : gridsOf(area)) {
            List<DutyLine> chart = forces.dutyChart(viewer, grid);
            for (AttendeeRole role : kind.defaultRoles()) {
                chart.stream()
                        .filter(line -> role.dutyRoles().contains(line.role()))
                        .forEach(line -> found.putIfAbsent(line.acting().id(), candidate(line.acting(), role, true)));
            }
        }
        List<ForceMember> others = forces.roster(viewer, area, null);
        others.stream()
                .limit(MAX_OTHERS)
                .forEach(member -> found.putIfAbsent(member.id(), candidate(member, AttendeeRole.OTHER, false)));
        return new ArrayList<>(found.values());
    }

    /** The grids of a community in code order, or the grid itself. */
    Set<String> gridsOf(String area) {
        RegionCode code = RegionCode.of(area);
        if (code.level() != RegionLevel.COMMUNITY) {
            return Set.of(area);
        }
        return new TreeSet<>(grids.codesWithin(GridScope.of(Set.of(code))));
    }

    /** The picked people as stored: from the register, each once, only people serving in the meeting's community. */
    List<MeetingStore.NewAttendee> resolve(List<MeetingDraft.Invitee> invitees, String community) {
        Map<UUID, MeetingStore.NewAttendee> picked = new LinkedHashMap<>();
        for (MeetingDraft.Invitee invitee : invitees) {
            ForceMember member = forces.member(invitee.forceMemberId())
                    .filter(m -> community.equals(m.communityCode()))
                    .orElseThrow(() -> new MeetingRefused("meeting.unknownInvitee"));
            picked.putIfAbsent(member.id(), attendee(member, invitee.role()));
        }
        return new ArrayList<>(picked.values());
    }

    private MeetingStore.NewAttendee attendee(ForceMember member, AttendeeRole role) {
        String username = member.accountUsername();
        UUID accountId = username == null
                ? null
                : accounts.find(username).map(CurrentUser::id).orElse(null);
        return new MeetingStore.NewAttendee(member.id(), accountId, username, member.name(), role, member.gridCode());
    }

    private static Candidate candidate(ForceMember member, AttendeeRole role, boolean byDefault) {
        return new Candidate(member.id(), member.name(), role, member.gridCode(), byDefault);
    }
}
