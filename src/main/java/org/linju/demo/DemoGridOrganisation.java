package org.linju.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linju.grid.Duty;
import org.linju.grid.GridOrganisation;
import org.linju.grid.GridOrganisation.NewMember;
import org.linju.grid.GridOrganisation.NewPartyOrganisation;
import org.linju.grid.GridOrganisation.NewStation;
import org.linju.grid.GridShape;
import org.linju.grid.RegionView;
import org.linju.grid.StationKind;
import org.linju.shared.GridCode;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The demo grids' organisation: 208 grid party organisations (some joint), the people on each grid (208 grid
 * leaders are stepped-down cadres, 33 property or owners'-committee people sit on grid party committees), a grid
 * studio per community and a workstation per party organisation.
 */
@Component
class DemoGridOrganisation {

    static final int PARTY_ORGANISATIONS = 208;
    static final int COMMITTEE_MEMBERS = 33;
    static final int STEPPED_DOWN_CADRE_LEADERS = 208;

    private final GridOrganisation organisation;

    DemoGridOrganisation(GridOrganisation organisation) {
        this.organisation = organisation;
    }

    /** 287 grids, 208 organisations: 79 joint organisations of two neighbouring grids, 129 single ones. */
    List<NewPartyOrganisation> formPartyOrganisations(Map<RegionView, List<GridShape>> grids) {
        int joint = DemoGridBoundaries.GRIDS - PARTY_ORGANISATIONS;
        List<Deque<GridShape>> queues = grids.values().stream()
                .map(list -> (Deque<GridShape>) new ArrayDeque<>(list))
                .toList();
        List<NewPartyOrganisation> organisations = new ArrayList<>();
        while (joint > 0) {
            for (Deque<GridShape> queue : queues) {
                if (joint > 0 && queue.size() >= 2) {
                    GridShape first = queue.poll();
                    GridShape second = queue.poll();
                    organisations.add(new NewPartyOrganisation(
                            first.name().replace("网格", "") + "、" + sequenceOf(second) + "网格联合党支部",
                            first.communityCode(),
                            List.of(first.code(), second.code())));
                    joint--;
                }
            }
        }
        queues.forEach(queue -> queue.forEach(grid -> organisations.add(
                new NewPartyOrganisation(grid.name() + "党支部", grid.communityCode(), List.of(grid.code())))));
        organisation.formPartyOrganisations(organisations);
        return organisations;
    }

    /** Each grid's leader, worker and two to four building leaders; on every eighth grid, 33 in all, a committee member. */
    List<NewMember> assignMembers(List<GridShape> grids, ChineseNames names, Random random) {
        List<NewMember> members = new ArrayList<>();
        int committeeEvery = grids.size() / COMMITTEE_MEMBERS;
        for (int i = 0; i < grids.size(); i++) {
            GridCode grid = grids.get(i).code();
            String leaderTitle = i < STEPPED_DOWN_CADRE_LEADERS ? "退居二线干部" : "社区“两委”成员";
            members.add(new NewMember(grid, Duty.GRID_LEADER, names.next(), leaderTitle, 0));
            members.add(new NewMember(grid, Duty.GRID_WORKER, names.next(), "专职网格员", 0));
            int buildings = 2 + random.nextInt(3);
            for (int b = 1; b <= buildings; b++) {
                members.add(new NewMember(grid, Duty.BUILDING_LEADER, names.next(), b + "栋楼栋长", b));
            }
            if (i % committeeEvery == 0 && i / committeeEvery < COMMITTEE_MEMBERS) {
                String title = (i / committeeEvery) % 2 == 0 ? "物业服务企业负责人" : "业主委员会主任";
                members.add(new NewMember(grid, Duty.COMMITTEE_MEMBER, names.next(), title, 0));
            }
        }
        organisation.assign(members);
        return members;
    }

    /** A grid studio in each community's service centre, a workstation in each party organisation's first grid. */
    void openStations(Map<RegionView, List<GridShape>> grids, List<NewPartyOrganisation> parties) {
        List<NewStation> stations = new ArrayList<>();
        grids.keySet()
                .forEach(community -> stations.add(new NewStation(
                        StationKind.STUDIO,
                        community.name() + "网格工作室",
                        RegionCode.of(community.code()),
                        null,
                        community.name() + "党群服务中心")));
        for (NewPartyOrganisation party : parties) {
            GridCode first = party.grids().get(0);
            String gridName = grids.values().stream()
                    .flatMap(List::stream)
                    .filter(grid -> grid.code().equals(first))
                    .findFirst()
                    .orElseThrow()
                    .name();
            stations.add(new NewStation(
                    StationKind.WORKSTATION, gridName + "工作站", party.community(), first, gridName + "党群服务点"));
        }
        organisation.open(stations);
    }

    private static String sequenceOf(GridShape grid) {
        return "第" + Integer.parseInt(grid.code().value().substring(12));
    }
}
