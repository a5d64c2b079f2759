package org.linju.disclosure;

import java.util.UUID;
import org.linju.identity.Accounts;
import org.springframework.context.ApplicationContext;

/** For tests outside this package (the browser tests): a fixture item published by three demo accounts. */
public final class DisclosureTestItems {

    private DisclosureTestItems() {}

    /** The public page's path of a newly published fixture item in the demo liaison leader's community. */
    public static String publishedPage(ApplicationContext context) {
        Accounts accounts = context.getBean(Accounts.class);
        DisclosureWorkflow workflow = context.getBean(DisclosureWorkflow.class);
        String area = accounts.loadUserByUsername("liaison")
                .scope()
                .roots()
                .iterator()
                .next()
                .value();
        Subject subject = context.getBean(FixtureDisclosable.class)
                .add(
                        "文化广场改造工程",
                        area,
                        null,
                        null,
                        "{\"type\":\"LineString\",\"coordinates\":[[107.50,31.21],[107.51,31.215]]}")
                .subject();
        UUID id = workflow.draft(accounts.loadUserByUsername("street"), subject);
        workflow.review(accounts.loadUserByUsername("admin"), id);
        workflow.publish(accounts.loadUserByUsername("liaison"), id);
        return DisclosurePaths.page(subject);
    }
}
