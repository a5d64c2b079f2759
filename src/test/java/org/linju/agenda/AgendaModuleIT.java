package org.linju.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.forces.ForceKind;
import org.linju.forces.Forces;
import org.linju.forces.NewForceMember;
import org.linju.grid.AnnualTasks;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The agenda with its dependencies (county 511780): a resident's proposal is shortlisted and adopted with an owner from
 * the roster, its milestones roll up into the board's progress, a list holds ten items, a secretary of another
 * community may do nothing, and a closed year is archived.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class AgendaModuleIT extends ModuleIntegrationTest {

    private static final ModuleTestArea AREA = new ModuleTestArea("511780");

    @Autowired
    AnnualItems items;

    @Autowired
    ItemProgress progress;

    @Autowired
    AnnualProposals proposals;

    @Autowired
    AnnualBoard board;

    @Autowired
    Forces forces;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser secretary;
    private UUID owner;
    private final int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @BeforeEach
    void area() {
        if (jdbc.sql("select count(*) from region where code = ?")
                        .param(AREA.community())
                        .query(Integer.class)
                        .single()
                == 0) {
            AREA.create(jdbc);
            forces.register(List.of(new NewForceMember(
                    ForceKind.COMMUNITY_STAFF,
                    "模块主任",
                    null,
                    null,
                    AREA.community(),
                    null,
                    null,
                    List.of(),
                    "agenda-owner")));
            open("agenda-secretary", Role.COMMUNITY_SECRETARY, AREA.community());
            open("agenda-owner", Role.GRID_WORKER, AREA.grid());
            open("agenda-other", Role.COMMUNITY_SECRETARY, "511780001002");
        }
        secretary = accounts.loadUserByUsername("agenda-secretary");
        owner = items.owners(secretary, AREA.community()).get(0).memberId();
    }

    private void open(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
    }

    @Test
    void aResidentsProposalIsAdoptedAndItsMilestonesShowOnTheBoard() {
        UUID proposal = proposals.propose(AREA.community(), AREA.grid(), "楼道声控灯", "晚上看不见台阶", "李阿姨", "10.9.0.1");
        items.shortlist(secretary, proposal);
        items.adopt(secretary, proposal, owner);
        UUID plan = progress.addMilestone(secretary, proposal, "方案公示", LocalDate.of(year, 3, 1), 1);
        progress.addMilestone(secretary, proposal, "安装", LocalDate.of(year, 6, 1), 3);
        CurrentUser ownerAccount = accounts.loadUserByUsername("agenda-owner");
        progress.recordDone(ownerAccount, proposal, plan, LocalDate.of(year, 3, 2));

        AnnualItem adopted = items.item(secretary, proposal);
        assertThat(adopted.status()).isEqualTo(ItemStatus.IN_PROGRESS);
        assertThat(adopted.progress()).isEqualTo(25);
        assertThat(adopted.ownerName()).isEqualTo("模块主任");
        assertThat(board.ofCommunity(AREA.community()).tasks())
                .extracting(AnnualTasks.Task::title, AnnualTasks.Task::progress)
                .contains(tuple("楼道声控灯", 25));
        assertThatThrownBy(() -> items.adopt(secretary, UUID.randomUUID(), UUID.randomUUID()))
                .isInstanceOf(ItemNotFound.class);
    }

    @Test
    void aListHoldsTenItemsAndRefusesTheEleventh() {
        int listYear = year + 1;
        for (int n = 1; n <= AnnualItems.LIST_SIZE; n++) {
            items.adopt(secretary, candidate(listYear, "大事" + n), owner);
        }
        UUID eleventh = candidate(listYear, "第十一件");

        assertThatThrownBy(() -> items.adopt(secretary, eleventh, owner)).isInstanceOf(ListFull.class);
        assertThat(items.item(secretary, eleventh).status()).isEqualTo(ItemStatus.SHORTLISTED);
    }

    @Test
    void anOwnerIsPickedFromTheRosterNeverMadeUp() {
        UUID item = candidate(year, "口袋公园");
        assertThatThrownBy(() -> items.adopt(secretary, item, UUID.randomUUID()))
                .isInstanceOf(ItemRefused.class)
                .hasMessage("agenda.ownerUnknown");
    }

    @Test
    void aSecretaryOfAnotherCommunityMayNeitherSeeNorDecide() {
        UUID item = candidate(year, "助餐食堂");
        CurrentUser other = accounts.loadUserByUsername("agenda-other");

        assertThatThrownBy(() -> items.item(other, item)).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> items.adopt(other, item, owner)).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> items.closeYear(other, AREA.community(), year - 5))
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void closingAYearArchivesItsListAndTheBoardLinksIt() {
        int past = year - 2;
        UUID item = candidate(past, "雨污分流");
        items.adopt(secretary, item, owner);
        items.closeYear(secretary, AREA.community(), past);

        assertThat(board.ofCommunity(AREA.community()).earlier())
                .extracting(AnnualTasks.EarlierYear::year)
                .contains(past);
        assertThat(board.yearList(AREA.community(), past).closed()).isTrue();
        assertThatThrownBy(() -> progress.addMilestone(secretary, item, "验收", LocalDate.of(past, 12, 1), 1))
                .hasMessage("agenda.yearClosed");
        assertThatThrownBy(() -> candidate(past, "补一件")).hasMessage("agenda.yearClosed");
        assertThatThrownBy(() -> items.closeYear(secretary, AREA.community(), year + 1))
                .hasMessage("agenda.yearNotOver");
    }

    @Test
    void anAddressMayProposeOnlySoManyAnHour() {
        for (int n = 0; n < 5; n++) {
            proposals.propose(AREA.community(), null, "建议" + n, "", null, "10.9.0.77");
        }
        assertThatThrownBy(() -> proposals.propose(AREA.community(), null, "第六条", "", null, "10.9.0.77"))
                .isInstanceOf(TooManyProposals.class);
        assertThat(proposals.propose(AREA.community(), null, "另一处", "", null, "10.9.0.78"))
                .isNotNull();
    }

    private UUID candidate(int listYear, String title) {
        return items.addCandidate(secretary, new Candidate(AREA.community(), null, listYear, title, ""));
    }
}
