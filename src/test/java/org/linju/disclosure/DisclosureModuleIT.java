package org.linju.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.matters.Channel;
import org.linju.matters.NewReport;
import org.linju.matters.Receipt;
import org.linju.matters.Reporter;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The publish workflow with its dependencies (county 511771): three different people for draft, review and publish;
 * the same person twice is refused; two publishers at once, one wins; withdrawn is gone from the public; a list shows
 * only what lies in the viewer's scope.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class DisclosureModuleIT extends ModuleIntegrationTest {

    private static final ModuleTestArea AREA = new ModuleTestArea("511771");

    @Autowired
    DisclosureWorkflow workflow;

    @Autowired
    PublishedItems published;

    @Autowired
    DisclosureList list;

    @Autowired
    FixtureDisclosable fixtures;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Feedback feedback;

    private CurrentUser street;
    private CurrentUser street2;
    private CurrentUser admin;
    private CurrentUser liaison;

    @BeforeEach
    void area() {
        if (jdbc.sql("select count(*) from region where code = ?")
                        .param(AREA.community())
                        .query(Integer.class)
                        .single()
                == 0) {
            AREA.create(jdbc);
            open("disclosure-street", Role.STREET_STAFF, AREA.county() + "001");
            open("disclosure-street2", Role.STREET_STAFF, AREA.county() + "001");
            open("disclosure-admin", Role.DISTRICT_ADMIN, AREA.county());
            open("disclosure-liaison", Role.LIAISON_LEADER, AREA.county());
        }
        street = accounts.loadUserByUsername("disclosure-street");
        street2 = accounts.loadUserByUsername("disclosure-street2");
        admin = accounts.loadUserByUsername("disclosure-admin");
        liaison = accounts.loadUserByUsername("disclosure-liaison");
    }

    private void open(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
    }

    private Subject item() {
        return fixtures.add("幸福路改造", AREA.grid(), AREA.lat(), AREA.lng()).subject();
    }

    @Test
    void threeDifferentPeopleDraftReviewAndPublishWithWhoAndWhenForEachStep() {
        Subject subject = item();
        UUID id = workflow.draft(street, subject);
        assertThat(published.published(subject)).as("a draft is not public").isEmpty();

        assertThatThrownBy(() -> workflow.review(street, id))
                .isInstanceOf(DisclosureRefused.class)
                .hasMessage("disclosure.refused.drafter");
        workflow.review(street2, id);
        assertThatThrownBy(() -> workflow.publish(street2, id))
                .as("street staff do not publish")
                .hasMessage("disclosure.refused.role");
        DisclosureRecord done = workflow.publish(admin, id);

        assertThat(done.state()).isEqualTo(DisclosureState.PUBLISHED);
        assertThat(done.drafted().by()).isEqualTo(street.id());
        assertThat(done.reviewed().by()).isEqualTo(street2.id());
        assertThat(done.published().by()).isEqualTo(admin.id());
        assertThat(done.published().at()).isNotNull();
        assertThat(published.published(subject)).isPresent();
        assertThat(workflow.history(id))
                .extracting(DisclosureWorkflow.HistoryStep::action)
                .containsExactly("DRAFT", "REVIEWED", "PUBLISHED");
    }

    @Test
    void theReviewerMayNotPublishWhatTheyReviewed() {
        Subject subject = item();
        UUID id = workflow.draft(street, subject);
        workflow.review(admin, id);

        assertThatThrownBy(() -> workflow.publish(admin, id)).hasMessage("disclosure.refused.reviewer");
        assertThat(workflow.publish(liaison, id).state()).isEqualTo(DisclosureState.PUBLISHED);
    }

    @Test
    void aWithdrawnItemIsGoneFromThePublicAndMayBeDraftedAgainWithItsHistoryKept() {
        Subject subject = item();
        UUID id = workflow.draft(street, subject);
        workflow.review(street2, id);
        workflow.publish(admin, id);

        assertThatThrownBy(() -> workflow.withdraw(admin, id, " ")).hasMessage("disclosure.refused.reason");
        assertThatThrownBy(() -> workflow.withdraw(admin, id, "长".repeat(1001)))
                .hasMessage("disclosure.refused.reasonLength");
        workflow.withdraw(admin, id, "数据有误，核实后重新公开");

        assertThat(published.published(subject)).isEmpty();
        assertThat(published.photo(
                        subject,
                        fixtures.disclosed(subject.id())
                                .orElseThrow()
                                .photoIds()
                                .get(0)))
                .isEmpty();
        assertThat(workflow.draft(street2, subject)).isEqualTo(id);
        assertThat(workflow.history(id))
                .extracting(DisclosureWorkflow.HistoryStep::action)
                .containsExactly("DRAFT", "REVIEWED", "PUBLISHED", "WITHDRAWN", "DRAFT");
        assertThat(workflow.history(id).get(3).reason()).isEqualTo("数据有误，核实后重新公开");
    }

    @Test
    void ofTwoPeoplePublishingAtOnceOneWinsAndTheOtherIsToldWhy() throws Exception {
        Subject subject = item();
        UUID id = workflow.draft(street, subject);
        workflow.review(street2, id);
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> publishers = new ArrayList<>();
        for (CurrentUser user : List.of(admin, liaison)) {
            publishers.add(() -> {
                start.await();
                try {
                    return workflow.publish(user, id).state().name();
                } catch (DisclosureRefused e) {
                    return e.getMessage();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> answers = publishers.stream().map(pool::submit).toList();
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("PUBLISHED", "disclosure.refused.state.PUBLISHED");
        } finally {
            pool.shutdownNow();
        }
        assertThat(workflow.history(id))
                .filteredOn(step -> step.action().equals("PUBLISHED"))
                .hasSize(1);
    }

    @Test
    void theListShowsOnlyItemsInTheViewersScope() {
        Subject inside = item();
        workflow.draft(street, inside);
        assertThat(list.page(
                                street,
                                new DisclosureFilter(DisclosureState.DRAFT, "fixture", null, null, null, null, null))
                        .rows())
                .extracting(DisclosureRecord::subject)
                .contains(inside);
        assertThat(list.page(admin, new DisclosureFilter(null, null, "511771001", null, null, null, null))
                        .rows())
                .extracting(row -> row.areaCode().substring(0, 9))
                .containsOnly("511771001");
        assertThatThrownBy(() -> workflow.draft(
                        street, fixtures.add("外区项目", "511703001001", null, null).subject()))
                .as("an item outside the drafter's scope")
                .isInstanceOf(OutOfScope.class);
    }

    @Test
    void aRetryWithTheSameKeyAfterTheLinkWasLostGivesTheSameReceiptAndLinksItOnce() {
        Subject subject = item();
        NewReport report = new NewReport("【幸福路改造】围挡占用人行道", "0101", AREA.lat(), AREA.lng(), null, Channel.QR_CODE);
        String key = "feedback-retry-" + UUID.randomUUID();
        Reporter resident = Reporter.of(null, "203.0.113.80");
        Receipt first = feedback.ask(subject, report, key, resident);
        // as if the link's insert had failed after the intake committed the matter on its own thread
        jdbc.sql("delete from disclosure_feedback where matter_id = ?")
                .param(UUID.fromString(first.id()))
                .update();
        assertThat(feedback.tally(subject)).isEqualTo(Feedback.Tally.NONE);

        Receipt retried = feedback.ask(subject, report, key, resident);
        Receipt again = feedback.ask(subject, report, key, resident);

        assertThat(retried.trackingCode()).isEqualTo(first.trackingCode());
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(jdbc.sql("select count(*) from disclosure_feedback where subject_id = ?")
                        .param(subject.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(feedback.tally(subject)).isEqualTo(new Feedback.Tally(1, 0));
    }
}
