package org.linju.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.emergency.DirectiveInbox;
import org.linju.grid.Regions;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.imports.ImportsUnderway;
import org.linju.matters.AreaStanding;
import org.linju.matters.Colour;
import org.linju.matters.OwnReports;
import org.linju.matters.Stage;
import org.linju.matters.WaitingRequests;
import org.linju.matters.Workload;
import org.linju.notify.Inbox;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The workbench module with identity (and its audit) for its accounts (county 511799); it owns no data, so the modules it reads are
 * stand-ins. A member of staff's desk holds
 * what each module says waits for them; a resident's workbench asks no staff question at all, only for their reports.
 */
@ApplicationModuleTest(extraIncludes = {"identity", "audit"})
class WorkbenchModuleIT extends ModuleIntegrationTest {

    @MockitoBean
    Regions regions;

    @MockitoBean
    Workload workload;

    @MockitoBean
    WaitingRequests requests;

    @MockitoBean
    AreaStanding standing;

    @MockitoBean
    OwnReports reports;

    @MockitoBean
    DirectiveInbox directives;

    @MockitoBean
    Inbox inbox;

    @MockitoBean
    ImportsUnderway imports;

    @Autowired
    Workbench workbench;

    @Autowired
    Accounts accounts;

    @Test
    void aDeskHoldsWhatEachModuleSaysWaitsForThePerson() {
        CurrentUser worker = person(Role.GRID_WORKER, "wb-module-worker");
        Workload.Needs needs = new Workload.Needs(
                List.of(new Workload.Group(Colour.GREEN, Stage.DISPATCHED, 3, 1)), List.of(), 3, 1, Instant.now());
        when(workload.needingAction(worker)).thenReturn(needs);
        when(directives.toAcknowledge(worker)).thenReturn(2L);
        when(inbox.unread("wb-module-worker")).thenReturn(5L);
        when(standing.of(any())).thenReturn(Optional.empty());

        Workbench.Desk desk = workbench.desk(worker).orElseThrow();

        assertThat(desk.needs().groups()).containsExactly(new Workload.Group(Colour.GREEN, Stage.DISPATCHED, 3, 1));
        assertThat(desk.directives()).isEqualTo(2);
        assertThat(desk.unread()).isEqualTo(5);
        assertThat(workbench.reports(worker)).isEmpty();
    }

    @Test
    void aResidentsWorkbenchHoldsOnlyTheirReports() {
        CurrentUser resident = person(Role.RESIDENT, "wb-module-resident");
        OwnReports.Report report =
                new OwnReports.Report("WB0000000001", "路灯", Stage.REPORTED, Instant.now(), null, null);
        when(reports.of(resident)).thenReturn(List.of(report));

        assertThat(workbench.desk(resident)).isEmpty();
        assertThat(workbench.reports(resident)).containsExactly(report);
        verifyNoInteractions(workload, requests, standing, directives, inbox, imports);
    }

    private CurrentUser person(Role role, String username) {
        Set<RegionCode> scope = role == Role.RESIDENT ? Set.of() : Set.of(RegionCode.of("51179900100101"));
        accounts.open(NewAccount.scoped(username, "模块工作台", role, scope, "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }
}
