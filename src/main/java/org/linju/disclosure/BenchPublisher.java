package org.linju.disclosure;

import java.util.UUID;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * For bench/run-disclosure.sh only: publishes the {@link BenchDisclosures} items through the real workflow once the
 * demo district is loaded (street drafts, admin reviews, liaison publishes).
 */
@Component
@ConditionalOnProperty(name = "linju.bench.disclosure-items")
class BenchPublisher {

    private static final Logger log = LoggerFactory.getLogger(BenchPublisher.class);

    private final int count;
    private final BenchDisclosures items;
    private final Accounts accounts;
    private final DisclosureWorkflow workflow;

    BenchPublisher(
            @Value("${linju.bench.disclosure-items}") int count,
            BenchDisclosures items,
            Accounts accounts,
            DisclosureWorkflow workflow) {
        this.count = count;
        this.items = items;
        this.accounts = accounts;
        this.workflow = workflow;
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishAll() {
        CurrentUser street = accounts.loadUserByUsername("street");
        CurrentUser admin = accounts.loadUserByUsername("admin");
        CurrentUser liaison = accounts.loadUserByUsername("liaison");
        String area = liaison.scope().roots().iterator().next().value();
        for (int i = 0; i < count; i++) {
            UUID item = workflow.draft(street, items.add(i, area));
            if (workflow.find(admin, item)
                    .map(found -> found.state() == DisclosureState.DRAFT)
                    .orElse(false)) {
                workflow.review(admin, item);
                workflow.publish(liaison, item);
            }
        }
        log.info("Bench: {} items of kind bench published", count);
    }
}
