package org.linju.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.GovernanceRole;
import org.linju.forces.NewForceMember;
import org.linju.grid.Duty;
import org.linju.grid.GridOrganisation.NewMember;

/**
 * The forces of one demo grid: its organisation (in the home grid, the demo accounts), six helpers, the civil servants
 * registered into it, and its duty chart of nine roles.
 */
final class DemoGridForces {

    private static final String[] SKILLS = {"教师", "律师", "水电工", "电工", "医生", "心理咨询"};
    private static final String[] RIDER_COMPANIES = {"美团外卖", "饿了么", "顺丰速运", "中通快递"};

    /** The people on one grid as the grid organisation lists them, and whether it is the demo accounts' grid. */
    record Team(
            String grid,
            String community,
            NewMember leader,
            NewMember worker,
            List<NewMember> buildingLeaders,
            boolean home) {

        static Team of(String grid, String community, List<NewMember> onGrid, boolean home) {
            return new Team(
                    grid,
                    community,
                    first(onGrid, Duty.GRID_LEADER),
                    first(onGrid, Duty.GRID_WORKER),
                    onGrid.stream()
                            .filter(member -> member.duty() == Duty.BUILDING_LEADER)
                            .toList(),
                    home);
        }

        private static NewMember first(List<NewMember> members, Duty duty) {
            return members.stream()
                    .filter(member -> member.duty() == duty)
                    .findFirst()
                    .orElseThrow();
        }
    }

    private final Forces forces;
    private final Random random;
    private final ChineseNames names;
    private final DemoPeople people;
    private int cadresRegistered;

    DemoGridForces(Forces forces, Random random, ChineseNames names, DemoPeople people) {
        this.forces = forces;
        this.random = random;
        this.names = names;
        this.people = people;
    }

    /** Everyone on a grid, registered in one go, and its duty chart. */
    void register(Team team, int cadres, List<String> departments, UUID police, UUID secretary) {
        List<NewForceMember> members = new ArrayList<>(gridOrganisation(team));
        members.addAll(helpers(team));
        for (int c = 0; c < cadres; c++) {
            members.add(registeredCadre(team, departments));
        }
        List<UUID> ids = forces.register(members);
        assignDuties(team, ids, police, secretary);
    }

    /** The grid leader, the grid worker and the building leaders; in the home grid, the demo accounts. */
    private List<NewForceMember> gridOrganisation(Team team) {
        List<NewForceMember> members = new ArrayList<>();
        NewMember leader = team.leader();
        ForceKind leaderKind =
                "退居二线干部".equals(leader.title()) ? ForceKind.STEPPED_DOWN_CADRE : ForceKind.COMMUNITY_STAFF;
        members.add(people.person(
                leaderKind,
                team.home() ? "张伟" : leader.name(),
                team.grid(),
                team.community(),
                null,
                leader.title(),
                team.home() ? "leader" : null));
        members.add(people.person(
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
            members.add(people.person(
                    ForceKind.BUILDING_LEADER,
                    demoAccount ? "赵强" : buildingLeader.name(),
                    team.grid(),
                    team.community(),
                    null,
                    buildingLeader.title(),
                    demoAccount ? "building" : null));
        }
        return members;
    }

    /**
     * The grid's residents' group leader, property manager, mediator, volunteer captain, a talent and a delivery
     * rider, in the order {@link #assignDuties} counts on.
     */
    private List<NewForceMember> helpers(Team team) {
        String code = team.grid();
        String community = team.community();
        List<NewForceMember> members = new ArrayList<>();
        members.add(people.person(ForceKind.PARTY_MEMBER, names.next(), code, community, null, "居民小组长", null));
        members.add(people.person(ForceKind.COMMUNITY_STAFF, names.next(), code, community, null, "物业项目经理", null));
        members.add(people.talent(code, community, "人民调解"));
        members.add(people.person(ForceKind.VOLUNTEER, names.next(), code, community, null, "志愿服务队", null));
        members.add(people.talent(code, community, SKILLS[random.nextInt(SKILLS.length)]));
        members.add(people.person(
                ForceKind.NEW_EMPLOYMENT,
                names.next(),
                code,
                community,
                null,
                RIDER_COMPANIES[random.nextInt(RIDER_COMPANIES.length)],
                null));
        return members;
    }

    /** A civil servant registered into the grid, from the departments in turn. */
    private NewForceMember registeredCadre(Team team, List<String> departments) {
        NewForceMember cadre = new NewForceMember(
                ForceKind.REGISTERED_CADRE,
                names.next(),
                people.nextPhone(),
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
     * The grid's duty chart of nine roles from the people just registered, in {@link #register}'s order: the
     * organisation, the six helpers, then the cadres, the first of whom is the grid instructor.
     */
    private void assignDuties(Team team, List<UUID> ids, UUID police, UUID secretary) {
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
}
