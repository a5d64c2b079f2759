package org.linju.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.forces.NewForceMember;
import org.linju.grid.Duty;
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

    private static final String[] SKILLS = {"教师", "律师", "水电工", "电工", "医生", "心理咨询"};
    private static final String[] RIDER_COMPANIES = {"美团外卖", "饿了么", "顺丰速运", "中通快递"};

    private final Forces forces;
    private final Random random;
    private final ChineseNames names;
    private int phone;
    private int cadresRegistered;

    DemoForces(Forces forces, Random random, ChineseNames names) {
        this.forces = forces;
        this.random = random;
        this.names = names;
    }

    /** The people on one grid as the grid organisation lists them, and whether it is the demo accounts' grid. */
    private record GridTeam(
            String grid,
            String community,
            NewMember leader,
            NewMember worker,
            List<NewMember> buildingLeaders,
            boolean home) {

        static GridTeam of(String grid, String community, List<NewMember> onGrid, boolean home) {
            return new GridTeam(
                    grid,
                    community,
                    first(onGrid, Duty.GRID_LEADER),
                    first(onGrid, Duty.GRID_WORKER),
                    onGrid.stream()
                            .filter(member -> member.duty() == Duty.BUILDING_LEADER)
                            .toList(),
                    home);
        }
    }

    void register(
            List<RegionView> communities,
            Map<RegionView, List<GridShape>> grids,
            List<NewMember> members,
            List<String> departments) {
        RegionView home = communities.get(0);
        registerLiaisonLeaders(communities, home);
        UUID secretary = forces.register(List.of(
                        person(ForceKind.COMMUNITY_STAFF, "李静", null, home.code(), null, "社区党委书记", "secretary")))
                .get(0);
        int gridCount = grids.values().stream().mapToInt(List::size).sum();
        int gridIndex = 0;
        for (RegionView community : communities) {
            UUID police = forces.register(
                            List.of(person(ForceKind.POLICE, names.next(), null, community.code(), null, "社区民警", null)))
                    .get(0);
            committees(community, community == home ? secretary : null);
            for (GridShape grid : grids.get(community)) {
                List<NewMember> onGrid = members.stream()
                        .filter(member -> member.grid().equals(grid.code()))
                        .toList();
                boolean homeGrid = community == home && grid == grids.get(home).get(0);
                GridTeam team = GridTeam.of(grid.code().value(), community.code(), onGrid, homeGrid);
                int cadres = REGISTERED_CADRES / gridCount + (gridIndex < REGISTERED_CADRES % gridCount ? 1 : 0);
                registerGrid(team, cadres, departments, police, secretary);
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
            forces.register(List.of(person(
                    ForceKind.LIAISON_LEADER,
                    names.next(),
                    null,
                    code,
                    null,
                    "区级联系领导",
                    community == home ? "liaison" : null)));
        }
    }

    /** Everyone on a grid, registered in one go, and its duty chart. */
    private void registerGrid(GridTeam team, int cadres, List<String> departments, UUID police, UUID secretary) {
        List<NewForceMember> people = new ArrayList<>(gridOrganisation(team));
        people.addAll(helpers(team));
        for (int c = 0; c < cadres; c++) {
            people.add(registeredCadre(team, departments));
        }
        List<UUID> ids = forces.register(people);
        assignDuties(team, ids, police, secretary);
    }

    /** The grid leader, the grid worker and the building leaders; in the home grid, the demo accounts. */
    private List<NewForceMember> gridOrganisation(GridTeam team) {
        List<NewForceMember> people = new ArrayList<>();
        NewMember leader = team.leader();
        ForceKind leaderKind =
                "退居二线干部".equals(leader.title()) ? ForceKind.STEPPED_DOWN_CADRE : ForceKind.COMMUNITY_STAFF;
        people.add(person(
                leaderKind,
                team.home() ? "张伟" : leader.name(),
                team.grid(),
                team.community(),
                null,
                leader.title(),
                team.home() ? "leader" : null));
        people.add(person(
                ForceKind.GRID_WORKER,
                team.home() ? "杨洋" : team.worker().name(),
                team.grid(),
                team.community(),
                null,
                "专职网格员",
                team.home() ? "worker" : null));
        for (int b = 0; b < team.buildingLeaders().size(); b++) {
            boolean demoAccount = team.home() && b == 0;
            NewMember buildingLeader = team.buildingLeaders().get(b);
            people.add(person(
                    ForceKind.BUILDING_LEADER,
                    demoAccount ? "赵强" : buildingLeader.name(),
                    team.grid(),
                    team.community(),
                    null,
                    buildingLeader.title(),
                    demoAccount ? "building" : null));
        }
        return people;
    }

    /**
     * The grid's residents' group leader, property manager, mediator, volunteer captain, a talent and a delivery
     * rider, in the order {@link #assignDuties} counts on.
     */
    private List<NewForceMember> helpers(GridTeam team) {
        String code = team.grid();
        String community = team.community();
        List<NewForceMember> people = new ArrayList<>();
        people.add(person(ForceKind.PARTY_MEMBER, names.next(), code, community, null, "居民小组长", null));
        people.add(person(ForceKind.COMMUNITY_STAFF, names.next(), code, community, null, "物业项目经理", null));
        people.add(talent(code, community, "人民调解"));
        people.add(person(ForceKind.VOLUNTEER, names.next(), code, community, null, "志愿服务队", null));
        people.add(talent(code, community, SKILLS[random.nextInt(SKILLS.length)]));
        people.add(person(
                ForceKind.NEW_EMPLOYMENT,
                names.next(),
                code,
                community,
                null,
                RIDER_COMPANIES[random.nextInt(RIDER_COMPANIES.length)],
                null));
        return people;
    }

    /** A civil servant registered into the grid, from the departments in turn. */
    private NewForceMember registeredCadre(GridTeam team, List<String> departments) {
        NewForceMember cadre = new NewForceMember(
                ForceKind.REGISTERED_CADRE,
                names.next(),
                nextPhone(),
                team.grid(),
                team.community(),
                departments.get(cadresRegistered % departments.size()),
                null,
                List.of(),
                null);
        cadresRegistered++;
        return cadre;
    }

    /**
     * The grid's duty chart of nine roles from the people just registered, in {@link #registerGrid}'s order: the
     * organisation, the six helpers, then the cadres, the first of whom is the grid instructor.
     */
    private void assignDuties(GridTeam team, List<UUID> ids, UUID police, UUID secretary) {
        String code = team.grid();
        int afterBuildings = 2 + team.buildingLeaders().size();
        UUID instructor = ids.get(afterBuildings + 6);
        forces.assignDuty(code, GovernanceRole.GRID_LEADER, ids.get(0), team.home() ? secretary : instructor);
        forces.assignDuty(code, GovernanceRole.GRID_WORKER, ids.get(1), ids.get(3));
        forces.assignDuty(code, GovernanceRole.BUILDING_LEADER, ids.get(2), null);
        forces.assignDuty(code, GovernanceRole.GRID_INSTRUCTOR, instructor, null);
        forces.assignDuty(code, GovernanceRole.COMMUNITY_POLICE, police, null);
        forces.assignDuty(code, GovernanceRole.RESIDENTS_GROUP_LEADER, ids.get(afterBuildings), null);
        forces.assignDuty(code, GovernanceRole.PROPERTY_MANAGER, ids.get(afterBuildings + 1), null);
        forces.assignDuty(code, GovernanceRole.MEDIATOR, ids.get(afterBuildings + 2), null);
        forces.assignDuty(code, GovernanceRole.VOLUNTEER_CAPTAIN, ids.get(afterBuildings + 3), null);
    }

    /** The community's secretary and two committee members, each with a named backup from the community staff. */
    private void committees(RegionView community, @Nullable UUID secretary) {
        String code = community.code();
        List<UUID> staff = forces.register(List.of(
                person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区党委书记", null),
                person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区党委副书记", null),
                person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区两委委员", null),
                person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区两委委员", null),
                person(ForceKind.COMMUNITY_STAFF, names.next(), null, code, null, "社区专职工作者", null)));
        forces.assignCommunityDuty(code, 1, "党委书记、居委会主任", secretary == null ? staff.get(0) : secretary, staff.get(1));
        forces.assignCommunityDuty(code, 2, "党委副书记", staff.get(1), staff.get(2));
        forces.assignCommunityDuty(code, 3, "两委委员", staff.get(2), staff.get(3));
        forces.assignCommunityDuty(code, 4, "两委委员", staff.get(3), staff.get(4));
    }

    private NewForceMember person(
            ForceKind kind,
            String name,
            @Nullable String grid,
            String community,
            @Nullable String department,
            @Nullable String organisation,
            @Nullable String account) {
        return new NewForceMember(
                kind, name, nextPhone(), grid, community, department, organisation, List.of(), account);
    }

    private NewForceMember talent(String grid, String community, String skill) {
        return new NewForceMember(
                ForceKind.TALENT, names.next(), nextPhone(), grid, community, null, null, List.of(skill), null);
    }

    private String nextPhone() {
        phone++;
        return "139" + String.format("%08d", 10_000_000 + phone);
    }

    private static NewMember first(List<NewMember> members, Duty duty) {
        return members.stream()
                .filter(member -> member.duty() == duty)
                .findFirst()
                .orElseThrow();
    }
}
