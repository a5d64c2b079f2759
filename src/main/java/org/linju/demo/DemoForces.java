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

    DemoForces(Forces forces, Random random, ChineseNames names) {
        this.forces = forces;
        this.random = random;
        this.names = names;
    }

    void register(
            List<RegionView> communities,
            Map<RegionView, List<GridShape>> grids,
            List<NewMember> members,
            List<String> departments) {
        RegionView home = communities.get(0);
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
        UUID secretary = forces.register(List.of(
                        person(ForceKind.COMMUNITY_STAFF, "李静", null, home.code(), null, "社区党委书记", "secretary")))
                .get(0);
        int gridCount = grids.values().stream().mapToInt(List::size).sum();
        int cadre = 0;
        int gridIndex = 0;
        for (RegionView community : communities) {
            UUID police = forces.register(
                            List.of(person(ForceKind.POLICE, names.next(), null, community.code(), null, "社区民警", null)))
                    .get(0);
            committees(community, community == home ? secretary : null);
            for (GridShape grid : grids.get(community)) {
                String code = grid.code().value();
                boolean homeGrid = community == home && grid == grids.get(home).get(0);
                List<NewMember> onGrid = members.stream()
                        .filter(member -> member.grid().equals(grid.code()))
                        .toList();
                NewMember leader = first(onGrid, Duty.GRID_LEADER);
                NewMember worker = first(onGrid, Duty.GRID_WORKER);
                List<NewMember> buildingLeaders = onGrid.stream()
                        .filter(member -> member.duty() == Duty.BUILDING_LEADER)
                        .toList();
                int cadres = REGISTERED_CADRES / gridCount + (gridIndex < REGISTERED_CADRES % gridCount ? 1 : 0);
                List<NewForceMember> people = new ArrayList<>();
                ForceKind leaderKind =
                        "退居二线干部".equals(leader.title()) ? ForceKind.STEPPED_DOWN_CADRE : ForceKind.COMMUNITY_STAFF;
                people.add(person(
                        leaderKind,
                        homeGrid ? "张伟" : leader.name(),
                        code,
                        community.code(),
                        null,
                        leader.title(),
                        homeGrid ? "leader" : null));
                people.add(person(
                        ForceKind.GRID_WORKER,
                        homeGrid ? "杨洋" : worker.name(),
                        code,
                        community.code(),
                        null,
                        "专职网格员",
                        homeGrid ? "worker" : null));
                for (int b = 0; b < buildingLeaders.size(); b++) {
                    people.add(person(
                            ForceKind.BUILDING_LEADER,
                            homeGrid && b == 0 ? "赵强" : buildingLeaders.get(b).name(),
                            code,
                            community.code(),
                            null,
                            buildingLeaders.get(b).title(),
                            homeGrid && b == 0 ? "building" : null));
                }
                people.add(person(ForceKind.PARTY_MEMBER, names.next(), code, community.code(), null, "居民小组长", null));
                people.add(
                        person(ForceKind.COMMUNITY_STAFF, names.next(), code, community.code(), null, "物业项目经理", null));
                people.add(talent(code, community.code(), "人民调解"));
                people.add(person(ForceKind.VOLUNTEER, names.next(), code, community.code(), null, "志愿服务队", null));
                people.add(talent(code, community.code(), SKILLS[random.nextInt(SKILLS.length)]));
                people.add(person(
                        ForceKind.NEW_EMPLOYMENT,
                        names.next(),
                        code,
                        community.code(),
                        null,
                        RIDER_COMPANIES[random.nextInt(RIDER_COMPANIES.length)],
                        null));
                for (int c = 0; c < cadres; c++, cadre++) {
                    people.add(new NewForceMember(
                            ForceKind.REGISTERED_CADRE,
                            names.next(),
                            nextPhone(),
                            code,
                            community.code(),
                            departments.get(cadre % departments.size()),
                            null,
                            List.of(),
                            null));
                }
                List<UUID> ids = forces.register(people);
                int afterBuildings = 2 + buildingLeaders.size();
                UUID instructor = ids.get(afterBuildings + 6);
                forces.assignDuty(code, GovernanceRole.GRID_LEADER, ids.get(0), homeGrid ? secretary : instructor);
                forces.assignDuty(code, GovernanceRole.GRID_WORKER, ids.get(1), ids.get(3));
                forces.assignDuty(code, GovernanceRole.BUILDING_LEADER, ids.get(2), null);
                forces.assignDuty(code, GovernanceRole.GRID_INSTRUCTOR, instructor, null);
                forces.assignDuty(code, GovernanceRole.COMMUNITY_POLICE, police, null);
                forces.assignDuty(code, GovernanceRole.RESIDENTS_GROUP_LEADER, ids.get(afterBuildings), null);
                forces.assignDuty(code, GovernanceRole.PROPERTY_MANAGER, ids.get(afterBuildings + 1), null);
                forces.assignDuty(code, GovernanceRole.MEDIATOR, ids.get(afterBuildings + 2), null);
                forces.assignDuty(code, GovernanceRole.VOLUNTEER_CAPTAIN, ids.get(afterBuildings + 3), null);
                boolean housingPackages = communities.indexOf(community) >= 1
                        && communities.indexOf(community) <= 3
                        && grid == grids.get(community).get(0);
                forces.packageGrid(
                        housingPackages
                                ? DemoDepartments.HOUSING_DEPARTMENT
                                : departments.get(gridIndex % departments.size()),
                        code);
                gridIndex++;
            }
        }
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
