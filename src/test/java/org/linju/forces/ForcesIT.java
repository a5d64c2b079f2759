package org.linju.forces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.linju.Logins;
import org.linju.WebIntegrationTest;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.springframework.beans.factory.annotation.Autowired;

/** The forces register and the duty charts with their A/B backups, on the demo district. */
class ForcesIT extends WebIntegrationTest {

    @Autowired
    Forces forces;

    private String homeGrid() {
        return accounts.loadUserByUsername("leader")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
    }

    @Test
    void theDemoRegistersTheSourcePagesForcesWithPhonesEncrypted() {
        assertThat(count("select count(*) from force_member where kind = 'REGISTERED_CADRE'"))
                .isEqualTo(15_000);
        assertThat(count("select count(*) from force_member where kind = 'LIAISON_LEADER'"))
                .isEqualTo(28);
        assertThat(count("select count(distinct department_code) from force_member where kind = 'REGISTERED_CADRE'"))
                .isEqualTo(97);
        assertThat(count("select count(*) from grid_duty")).isEqualTo(287 * 9);
        assertThat(count("select count(distinct grid_code) from department_grid"))
                .as("every grid is packaged")
                .isEqualTo(287);
        assertThat(count("select count(distinct department_code) from department_grid"))
                .isEqualTo(97);
        assertThat(count("select count(*) from force_member where phone_cipher not like 'v1:%'"))
                .isZero();
        String firstPhone = "13910000001";
        assertThat(count("select count(*) from force_member where phone_cipher like '%" + firstPhone + "%'"
                        + " or phone_index like '%" + firstPhone + "%'"))
                .as("no plaintext phone")
                .isZero();
    }

    @Test
    void aRosterIsScopedMaskedAndItsViewAudited() {
        CurrentUser leader = accounts.loadUserByUsername("leader");
        long auditsBefore = count("select count(*) from audit_entry where subject_type = 'forces'");
        List<ForceMember> roster = forces.roster(leader, null, null);
        assertThat(roster)
                .isNotEmpty()
                .allSatisfy(member -> assertThat(member.gridCode()).isEqualTo(homeGrid()));
        assertThat(roster).allSatisfy(member -> assertThat(member.maskedPhone()).matches("139\\*{4}\\d{4}"));
        assertThat(count("select count(*) from audit_entry where subject_type = 'forces'"))
                .isEqualTo(auditsBefore + 1);
        String otherGrid = jdbc.sql("select min(code) from grid where code not like ?")
                .param(homeGrid().substring(0, 12) + "%")
                .query(String.class)
                .single();
        assertThatThrownBy(() -> forces.roster(leader, otherGrid, null)).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> forces.roster(accounts.loadUserByUsername("resident"), null, null))
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void anUnavailableGridLeaderIsReplacedByTheBackupAndSwitchedBackBothRecorded() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        DutyLine leaderLine = line(secretary, GovernanceRole.GRID_LEADER);
        assertThat(leaderLine.holder().name()).isEqualTo("张伟");
        assertThat(leaderLine.backup().name()).isEqualTo("李静");
        assertThat(leaderLine.acting().name()).isEqualTo("张伟");
        assertThat(forces.dutyChart(secretary, homeGrid())).hasSize(9);

        try {
            assertThatThrownBy(() -> forces.markUnavailable(
                            secretary, leaderLine.holder().id(), " "))
                    .isInstanceOf(ReasonRequired.class);
            assertThat(forces.markUnavailable(secretary, leaderLine.holder().id(), "病假"))
                    .containsExactly(leaderLine.backup().id());
            assertThat(line(secretary, GovernanceRole.GRID_LEADER).acting().name())
                    .isEqualTo("李静");
            assertThat(forces.actingFor(List.of("leader", "worker")))
                    .as("new work for the leader goes to B")
                    .containsExactly("secretary", "worker");
            String community = homeGrid().substring(0, 12);
            mvc.perform(get("/public/communities/" + community))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("已切换至 B 角")));
        } finally {
            forces.markAvailable(secretary, leaderLine.holder().id());
        }
        assertThat(line(secretary, GovernanceRole.GRID_LEADER).acting().name()).isEqualTo("张伟");
        List<DutySwitch> switches = forces.switches(secretary, homeGrid());
        assertThat(switches).first().satisfies(last -> {
            assertThat(last.reason()).isEqualTo("病假");
            assertThat(last.backupName()).isEqualTo("李静");
            assertThat(last.switchedBackAt()).isNotNull();
        });
    }

    @Test
    void everyCommitteeSeatHasABackupWhoTakesOverWhenTheHolderIsAway() throws Exception {
        CurrentUser secretary = accounts.loadUserByUsername("secretary");
        String community = homeGrid().substring(0, 12);
        List<CommunityDutyLine> seats = forces.communityDuties(secretary, community);
        assertThat(seats)
                .hasSize(4)
                .allSatisfy(seat -> assertThat(seat.backup()).isNotNull());
        CommunityDutyLine first = seats.get(0);
        assertThat(first.holder().name()).isEqualTo("李静");
        try {
            forces.markUnavailable(secretary, first.holder().id(), "外出培训");
            assertThat(forces.communityDuties(secretary, community)
                            .get(0)
                            .acting()
                            .name())
                    .isEqualTo(first.backup().name());
            assertThat(forces.switches(secretary, community))
                    .first()
                    .satisfies(last -> assertThat(last.role()).isEqualTo("COMMUNITY:党委书记、居委会主任"));
        } finally {
            forces.markAvailable(secretary, first.holder().id());
        }
        assertThat(forces.communityDuties(accounts.loadUserByUsername("leader"), community))
                .hasSize(4);
        String page = mvc.perform(get("/forces/grids/" + homeGrid()).with(Logins.as(accounts, "leader")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"duty-chart\"", "id=\"community-duties\"", "李静", "张伟", "区");
        List<String> packaging =
                jdbc.sql("""
				select d.name from department_grid p join department d on d.code = p.department_code
				where p.grid_code = ? order by d.code
				""").param(homeGrid()).query(String.class).list();
        assertThat(forces.packagingDepartments(accounts.loadUserByUsername("leader"), homeGrid()))
                .as("the departments that take the grid into their care, by name")
                .isNotEmpty()
                .isEqualTo(packaging);
        assertThat(page).contains(packaging);
        assertThatThrownBy(() -> forces.communityDuties(accounts.loadUserByUsername("dept"), community))
                .isInstanceOf(OutOfScope.class);
    }

    private DutyLine line(CurrentUser viewer, GovernanceRole role) {
        return forces.dutyChart(viewer, homeGrid()).stream()
                .filter(line -> line.role() == role)
                .findFirst()
                .orElseThrow();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
