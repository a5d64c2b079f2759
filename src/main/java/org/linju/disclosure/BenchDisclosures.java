package org.linju.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * For bench/run-disclosure.sh only ({@code linju.bench.disclosure-items=N}, off everywhere else): N synthetic items of
 * kind {@code bench}, shaped like a livelihood project, published through the real workflow by three demo accounts
 * (street drafts, admin reviews, liaison publishes) once the demo district is loaded.
 */
@Component
@ConditionalOnProperty(name = "linju.bench.disclosure-items")
class BenchDisclosures implements Disclosable {

    private static final Logger log = LoggerFactory.getLogger(BenchDisclosures.class);

    private final Map<UUID, DisclosedItem> items = new ConcurrentHashMap<>();
    private final int count;
    private final Accounts accounts;
    private final DisclosureWorkflow workflow;

    BenchDisclosures(
            @Value("${linju.bench.disclosure-items}") int count, Accounts accounts, DisclosureWorkflow workflow) {
        this.count = count;
        this.accounts = accounts;
        this.workflow = workflow;
    }

    @Override
    public String kind() {
        return "bench";
    }

    @EventListener(ApplicationReadyEvent.class)
    void publishAll() {
        CurrentUser street = accounts.loadUserByUsername("street");
        CurrentUser admin = accounts.loadUserByUsername("admin");
        CurrentUser liaison = accounts.loadUserByUsername("liaison");
        String area = liaison.scope().roots().iterator().next().value();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.nameUUIDFromBytes(("bench-" + i).getBytes(StandardCharsets.UTF_8));
            items.put(id, item(id, i, area));
            UUID item = workflow.draft(street, new Subject(kind(), id));
            if (workflow.find(admin, item)
                    .map(found -> found.state() == DisclosureState.DRAFT)
                    .orElse(false)) {
                workflow.review(admin, item);
                workflow.publish(liaison, item);
            }
        }
        log.info("Bench: {} items of kind bench published", count);
    }

    private static DisclosedItem item(UUID id, int i, String area) {
        long budget = 1_000_000_00L + i * 1_000L;
        return new DisclosedItem(
                new Subject("bench", id),
                "民生项目 " + (i + 1) + " 号：道路提升改造",
                area,
                "区住房和城乡建设局",
                "道路提升改造，含雨污分流、路灯更换和人行道铺装。",
                List.of(new DisclosedItem.Money("DISTRICT", budget / 2), new DisclosedItem.Money("CITY", budget / 2)),
                budget,
                budget / 3,
                List.of(),
                i % 100,
                List.of(new DisclosedItem.Milestone("开工", null, null)),
                List.of(),
                List.of(new DisclosedItem.Fact("disclosure.ownerUnit", "区住房和城乡建设局")),
                null,
                null,
                null,
                null);
    }

    @Override
    public Optional<DisclosedItem> disclosed(UUID id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public Optional<DisclosedPhoto> photo(UUID id, UUID photoId) {
        return Optional.empty();
    }

    @Override
    public Optional<DisclosureCandidate> candidate(GridScope scope, UUID id) {
        return disclosed(id)
                .filter(item -> scope.covers(RegionCode.of(item.areaCode())))
                .map(item -> new DisclosureCandidate(item.subject(), item.title(), item.areaCode(), "/disclosure"));
    }
}
