package org.linju.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.linju.disclosure.DisclosureWorkflow;
import org.linju.disclosure.Feedback;
import org.linju.disclosure.Subject;
import org.linju.funds.BudgetLine;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.matters.Channel;
import org.linju.matters.NewReport;
import org.linju.matters.Reporter;
import org.linju.shared.RegionCode;
import org.linju.works.BackStreet;
import org.linju.works.BackStreetFilter;
import org.linju.works.BackStreetList;
import org.linju.works.LivelihoodProject;
import org.linju.works.LivelihoodProjectFilter;
import org.linju.works.LivelihoodProjectList;
import org.linju.works.ProjectStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the demo district has published (码上监督), each item through the real workflow by three people: the water
 * lines of 2026 drafted by the agriculture bureau that owns them, checked by the finance bureau and published by the
 * district; the livelihood projects under way or done and a few back streets drafted by the street, checked by the
 * finance bureau and published by the district (or the community's liaison leader). Work is left waiting: the planned
 * project drafted, a back street reviewed; one back street was withdrawn with its reason; and residents asked two
 * questions about the heating plant by its QR code.
 */
@Component
@Order(90)
class DemoDisclosures implements DemoChapter {

    private static final Logger log = LoggerFactory.getLogger(DemoDisclosures.class);

    static final String WITHDRAW_REASON = "验收等级复核中，复核结论公布后重新公开";

    /** The heating plant's site ({@link DemoWorksPlaces#HEATING_PLANT}), where residents scanned its board. */
    private static final double PLANT_LAT = 31.2194;

    private static final double PLANT_LNG = 107.4873;

    private static final int STREETS_SHOWN = 5;

    /** The three people of each step; the district's publisher is the admin, a community's may be its liaison. */
    private record Staff(
            CurrentUser agri, CurrentUser finance, CurrentUser street, CurrentUser admin, CurrentUser liaison) {

        CurrentUser publisherOf(String area) {
            return liaison.scope().covers(RegionCode.of(area)) ? liaison : admin;
        }
    }

    private final DisclosureWorkflow workflow;
    private final Feedback feedback;
    private final Accounts accounts;
    private final DemoFundsMonths funds;
    private final LivelihoodProjectList projects;
    private final BackStreetList streets;

    DemoDisclosures(
            DisclosureWorkflow workflow,
            Feedback feedback,
            Accounts accounts,
            DemoFundsMonths funds,
            LivelihoodProjectList projects,
            BackStreetList streets) {
        this.workflow = workflow;
        this.feedback = feedback;
        this.accounts = accounts;
        this.funds = funds;
        this.projects = projects;
        this.streets = streets;
    }

    @Override
    public void load(Random random) {
        Staff staff = staff();
        int published = 0;
        for (BudgetLine line : funds.waterLines(staff.admin())) {
            publish(staff.agri(), staff.finance(), staff.admin(), new Subject("line", line.id()));
            published++;
        }
        published += projects(staff);
        published += streets(staff);
        log.info("Demo disclosures: {} items published", published);
    }

    private int projects(Staff staff) {
        List<LivelihoodProject> all =
                projects.page(staff.admin(), LivelihoodProjectFilter.all()).rows();
        int published = 0;
        for (LivelihoodProject project : all) {
            Subject subject = new Subject("project", project.id());
            if (project.status() == ProjectStatus.PLANNED) {
                workflow.draft(staff.street(), subject);
                continue;
            }
            publish(staff.street(), staff.finance(), staff.publisherOf(project.areaCode()), subject);
            published++;
            if (project.name().contains("热源厂")) {
                afterCommit(() -> questions(subject));
            }
        }
        return published;
    }

    /** The first streets of the street's area: the first is withdrawn again, the last only checked. */
    private int streets(Staff staff) {
        BackStreetFilter first = new BackStreetFilter(null, null, null, null, 1, STREETS_SHOWN, "name", "asc");
        List<BackStreet> shown = streets.page(staff.street(), first).rows();
        for (int i = 0; i < shown.size(); i++) {
            BackStreet street = shown.get(i);
            Subject subject = new Subject("street", street.id());
            if (i == shown.size() - 1) {
                workflow.review(staff.finance(), workflow.draft(staff.street(), subject));
                continue;
            }
            UUID item = publish(staff.street(), staff.finance(), staff.publisherOf(street.areaCode()), subject);
            if (i == 0) {
                workflow.withdraw(staff.admin(), item, WITHDRAW_REASON);
            }
        }
        return Math.max(0, shown.size() - 2);
    }

    private UUID publish(CurrentUser drafter, CurrentUser reviewer, CurrentUser publisher, Subject subject) {
        UUID item = workflow.draft(drafter, subject);
        workflow.review(reviewer, item);
        workflow.publish(publisher, item);
        return item;
    }

    /**
     * The intake writes each report in its own transaction, where the district's grids are visible only once its load
     * is committed.
     */
    private static void afterCommit(Runnable then) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            then.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

            @Override
            public void afterCommit() {
                then.run();
            }
        });
    }

    /** Two residents' questions by the heating plant's QR code, as its public page hands them in. */
    private void questions(Subject plant) {
        ask(plant, "D1", "【城区第二热源厂建设】今年冬天北边几个小区能通上暖气吗？去年家里只有十几度。", "203.0.113.21");
        ask(plant, "1003", "【城区第二热源厂建设】工地渣土车晚上十一点以后还在进出，噪声很大，影响休息。", "203.0.113.42");
    }

    private void ask(Subject subject, String category, String text, String address) {
        feedback.ask(
                subject,
                new NewReport(text, category, PLANT_LAT, PLANT_LNG, null, Channel.QR_CODE),
                null,
                new Reporter(null, false, address));
    }

    private Staff staff() {
        return new Staff(
                bureau("agri", "区农业农村局 吴刚"),
                bureau("finance", "区财政局 孙丽"),
                accounts.loadUserByUsername("street"),
                accounts.loadUserByUsername("admin"),
                accounts.loadUserByUsername("liaison"));
    }

    /** A district bureau's sign-in for the workflow, opened here if the demo has none (it sees the whole district). */
    private CurrentUser bureau(String username, String displayName) {
        return accounts.find(username).orElseGet(() -> {
            accounts.open(NewAccount.scoped(
                    username,
                    displayName,
                    Role.DEPARTMENT_STAFF,
                    Set.of(RegionCode.of(DemoDistrict.DISTRICT)),
                    DemoDistrict.DEMO_PASSWORD,
                    false));
            return accounts.loadUserByUsername(username);
        });
    }
}
