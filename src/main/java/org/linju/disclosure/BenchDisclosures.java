package org.linju.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * For bench/run-disclosure.sh only ({@code linju.bench.disclosure-items=N}, off everywhere else): N synthetic items of
 * kind {@code bench}, shaped like a livelihood project, published through the real workflow by three demo accounts
 * ({@link BenchPublisher}).
 */
@Component
@ConditionalOnProperty(name = "linju.bench.disclosure-items")
class BenchDisclosures implements Disclosable {

    private final Map<UUID, DisclosedItem> items = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return "bench";
    }

    /** Makes the bench item number {@code i} in {@code area}; its id is the same on every start. */
    Subject add(int i, String area) {
        UUID id = UUID.nameUUIDFromBytes(("bench-" + i).getBytes(StandardCharsets.UTF_8));
        items.put(id, item(id, i, area));
        return new Subject(kind(), id);
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
