package org.linju.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * The one test-only kind of disclosed item ({@code fixture}), standing in for the budget lines and projects whose
 * modules arrive at the merge. Holds only what a test put in it, so it changes nothing for any other test.
 */
@Component
class FixtureDisclosable implements Disclosable {

    static final String KIND = "fixture";

    /** A 1 × 1 PNG, the photo every fixture item has. */
    static final byte[] PHOTO = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final Map<UUID, DisclosedItem> items = new ConcurrentHashMap<>();

    @Override
    public String kind() {
        return KIND;
    }

    /** A project-like item in {@code areaCode}, located at the point given (null: none), with one photo. */
    DisclosedItem add(String title, String areaCode, @Nullable Double lat, @Nullable Double lng) {
        return add(title, areaCode, lat, lng, null);
    }

    /** As above, drawn on the map with a GeoJSON geometry. */
    DisclosedItem add(
            String title, String areaCode, @Nullable Double lat, @Nullable Double lng, @Nullable String geometry) {
        UUID id = UUID.randomUUID();
        DisclosedItem item = new DisclosedItem(
                new Subject(KIND, id),
                title,
                areaCode,
                "区住房和城乡建设局",
                "道路提升改造，含雨污分流和路灯更换。",
                List.of(
                        new DisclosedItem.Money("DISTRICT", 1_200_000_00L),
                        new DisclosedItem.Money("SPECIAL_BOND", 800_000_00L)),
                2_000_000_00L,
                1_234_567_89L,
                List.of(new DisclosedItem.Target(
                        "改造道路长度",
                        "disclosure.target",
                        "公里",
                        null,
                        new BigDecimal("3.47"),
                        new BigDecimal("2.10"),
                        "2026")),
                60,
                List.of(new DisclosedItem.Milestone("开工", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 5))),
                List.of(UUID.randomUUID()),
                List.of(new DisclosedItem.Fact("disclosure.ownerUnit", "区住房和城乡建设局")),
                geometry,
                lat,
                lng,
                new DisclosedItem.Fiscal(
                        2026, "2120501", "SPECIAL_BOND", "区住房和城乡建设局, 市政科", 2_000_000_00L, 1_234_567_89L));
        items.put(id, item);
        return item;
    }

    @Override
    public Optional<DisclosedItem> disclosed(UUID id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public Optional<DisclosedPhoto> photo(UUID id, UUID photoId) {
        return disclosed(id)
                .filter(item -> item.photoIds().contains(photoId))
                .map(item -> new DisclosedPhoto("image/png", PHOTO));
    }

    @Override
    public Optional<DisclosureCandidate> candidate(GridScope scope, UUID id) {
        return disclosed(id)
                .filter(item -> scope.covers(RegionCode.of(item.areaCode())))
                .map(item -> new DisclosureCandidate(item.subject(), item.title(), item.areaCode(), "/disclosure"));
    }
}
