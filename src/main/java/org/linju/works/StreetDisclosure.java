package org.linju.works;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.linju.disclosure.Disclosable;
import org.linju.disclosure.DisclosedItem;
import org.linju.disclosure.DisclosedPhoto;
import org.linju.disclosure.DisclosureCandidate;
import org.linju.disclosure.Subject;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A back street as its public page shows it (kind {@code street}): its length, target and achieved grade, whether
 * demolition holds it up, and the works done on it as milestones with their dates. Grades and works are facts whose
 * values are shown as they are, so they are given in Chinese, the language of the signs they stand beside.
 */
@Component
class StreetDisclosure implements Disclosable {

    static final String KIND = "street";

    private static final Locale SIGNS = Locale.SIMPLIFIED_CHINESE;

    private final BackStreetStore store;
    private final MessageSource messages;

    StreetDisclosure(BackStreetStore store, MessageSource messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<DisclosedItem> disclosed(UUID id) {
        return store.find(id).map(this::item);
    }

    private DisclosedItem item(BackStreet street) {
        WorkGeometry location = street.location();
        return new DisclosedItem(
                new Subject(KIND, street.id()),
                street.name(),
                street.areaCode(),
                "",
                "",
                List.of(),
                0,
                0,
                List.of(),
                street.achievedGrade() == null ? null : 100,
                store.works(street.id()).stream()
                        .map(done -> new DisclosedItem.Milestone(
                                say("works.streetWork." + done.work()), null, done.doneOn()))
                        .toList(),
                List.of(),
                facts(street),
                location == null ? null : location.geoJson(),
                location == null ? null : location.lat(),
                location == null ? null : location.lng(),
                null);
    }

    private List<DisclosedItem.Fact> facts(BackStreet street) {
        List<DisclosedItem.Fact> facts = new ArrayList<>();
        facts.add(new DisclosedItem.Fact("works.year", Integer.toString(street.year())));
        facts.add(new DisclosedItem.Fact(
                "works.lengthMetres", street.lengthMetres().stripTrailingZeros().toPlainString() + " m"));
        facts.add(new DisclosedItem.Fact("works.targetGrade", say("works.grade." + street.targetGrade())));
        if (street.achievedGrade() != null) {
            facts.add(new DisclosedItem.Fact("works.achievedGrade", say("works.grade." + street.achievedGrade())));
        }
        if (street.demolitionHeld()) {
            facts.add(new DisclosedItem.Fact("works.demolitionHeld", say("works.yes")));
        }
        return facts;
    }

    private String say(String key) {
        return messages.getMessage(key, null, key, SIGNS);
    }

    @Override
    public Optional<DisclosedPhoto> photo(UUID id, UUID photoId) {
        return Optional.empty();
    }

    @Override
    public Optional<DisclosureCandidate> candidate(GridScope scope, UUID id) {
        return store.find(id)
                .filter(street -> scope.covers(RegionCode.of(street.areaCode())))
                .map(street -> new DisclosureCandidate(
                        new Subject(KIND, id), street.name(), street.areaCode(), "/works/streets/" + id));
    }
}
