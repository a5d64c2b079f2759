package org.linju.grid;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Read models of grids and the people and places that serve them. */
public final class GridViews {

    private GridViews() {}

    /** What the map shows when a grid is clicked. */
    public record GridCard(
            String code,
            String name,
            String communityCode,
            String communityName,
            String streetName,
            @Nullable String leaderName,
            List<String> workerNames,
            @Nullable String partyOrganisation,
            boolean synthetic) {}

    public record Member(
            String gridCode,
            Duty duty,
            String name,
            @Nullable String title,
            boolean partySecretary) {}

    public record PartyOrganisation(
            String name,
            Formation formation,
            List<String> gridCodes,
            @Nullable String secretaryName) {}

    public record Station(
            StationKind kind, String name, @Nullable String gridCode, String address) {}

    public record GridDetail(GridCard card, List<Member> members, List<Station> stations) {}

    /** One line of a community's duty chart (责任图): members by duty, and the governance roles with A/B. */
    public record DutyLine(String gridCode, String gridName, List<Member> members, List<GovernanceRoles.Holder> roles) {

        public List<Member> withDuty(Duty duty) {
            return members.stream().filter(member -> member.duty() == duty).toList();
        }
    }

    /** The public "four charts and one list" (四图一单) of one community. */
    public record CommunityBoard(
            String communityCode,
            String communityName,
            String streetName,
            String districtName,
            List<PartyOrganisation> organisations,
            List<DutyLine> dutyChart,
            List<Station> stations,
            AnnualTasks.Listing annualTasks) {}
}
