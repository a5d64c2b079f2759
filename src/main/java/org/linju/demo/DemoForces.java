package org.linju.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.grid.GridOrganisation.NewMember;
import org.linju.grid.GridShape;
import org.linju.grid.RegionView;

/**
 * The demo district's forces, with the source page's numbers: 28 liaison leaders (one per community), 15,000
 * civil servants registered into the grids from the 97 departments, the grid leaders, workers and building leaders
 * already on the grids, a police officer per community, party members, delivery riders, volunteers and talents;
 * each grid packaged by one of the 97 departments (two or three grids each; the housing department, whose staff
 * sign in as "dept", packages the three grids that account sees);
 * and every grid's duty chart of nine roles, the grid leader's and grid worker's with a named backup. In the home
 * grid the demo accounts hold the roles (leader, worker, building) and the community secretary is the grid
 * leader's backup.
 */
final class DemoForces {

    static final int REGISTERED_CADRES = 15_000;

    private final Forces forces;
    private final ChineseNames names;
    private final DemoPeople people;
    private final DemoGridForces gridForces;

    DemoForces(Forces forces, Random random, ChineseNames names) {
        this.forces = forces;
        this.names = names;
        this.people = new DemoPeople(names);
        this.gridForces = new DemoGridForces(forces, random, names, people);
    }

    void register(
            List<RegionView> communities,
            Map<RegionView, List<GridShape>> grids,
            List<NewMember> members,
            List<String> departments) {
        RegionView home = communities.get(0);
        registerLiaisonLeaders(communities, home);
        UUID secretary = forces.register(List.of(
                        people.person(ForceKind.COMMUNITY_STAFF, "李静", null, home.code(), null, "社区党委书记", "secretary")))
                .get(0);
        int gridCount = grids.values().stream().mapToInt(List::size).sum();
        int gridIndex = 0;
        for (RegionView community : communities) {
            UUID police = forces.register(List.of(
                            people.person(ForceKind.POLICE, names.next(), null, community.code(), null, "社区民警", null)))
                    .get(0);
            committees(community, community == home ? secretary : null);
            for (GridShape grid : grids.get(community)) {
                List<NewMember> onGrid = members.stream()
                        .filter(member -> member.grid().equals(grid.code()))
                        .toList();
                boolean homeGrid = community == home && grid == grids.get(home).get(0);
                DemoGridForces.Team team =
                        DemoGridForces.Team.of(grid.code().value(), community.code(), onGrid, homeGrid);
                int cadres = REGISTERED_CADRES / gridCount + (gridIndex < REGISTERED_CADRES % gridCount ? 1 : 0);
                gridForces.register(team, cadres, departments, police, secretary);
                boolean housingPackages = communities.indexOf(community) >= 1
                        && communities.indexOf(community) <= 3
                        && grid == grids.get(community).get(0);
                forces.packageGrid(
                        housingPackages
                                ? DemoDepartments.HOUSING_DEPARTMENT
                                : departments.get(gridIndex % departments.size()),
                        team.grid());
                gridIndex++;
            }
        }
    }

    /** One liaison leader per community; the home community's signs in as "liaison". */
    private void registerLiaisonLeaders(List<RegionView> communities, RegionView home) {
        for (RegionView community : communities) {
            String code = community.code();
            forces.register(List.of(people.person(
                    ForceKind.LIAISON_LEADER,
                    names.next(),
                    null,
                    code,
                    null,
                    "区级联系领导",
                    community == home ? "liaison" : null)));
        }
    }

    /** The community's secretary and two committee members, each with a named backup from the community staff. */
    private void committees(RegionView community, @Nullable UUID secretary) {
        String code = community.code();
        List<UUID> staff = forces.register(List.of(
                people.person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区党委书记", null),
                people.person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区党委副书记", null),
                people.person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区两委委员", null),
                people.person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区两委委员", null),
                people.person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区专职工作者", null)));
        forces.assignCommunityDuty(code, 1, "党委书记、居委会主任", secretary == null ? staff.get(0) : secretary, staff.get(1));
        forces.assignCommunityDuty(code, 2, "党委副书记", staff.get(1), staff.get(2));
        forces.assignCommunityDuty(code, 3, "两委委员", staff.get(2), staff.get(3));
        forces.assignCommunityDuty(code, 4, "两委委员", staff.get(3), staff.get(4));
    }
}
