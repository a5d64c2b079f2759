package org.linju.works;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.linju.disclosure.Disclosable;
import org.linju.disclosure.DisclosedItem;
import org.linju.disclosure.DisclosedPhoto;
import org.linju.disclosure.DisclosureCandidate;
import org.linju.disclosure.Subject;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * A back street as its public page shows it (kind {@code street}): its length, target and achieved grade, whether
 * demolition holds it up, and the works done on it as milestones with their dates. Grades and works are named by
 * message key, so the page speaks its reader's language.
 */
@Component
class StreetDisclosure implements Disclosable {

    static final String KIND = "street";

    private final BackStreetStore store;

    StreetDisclosure(BackStreetStore store) {
        this.store = store;
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
                        .map(done -> {
                            String work = "works.streetWork." + done.work();
                            return new DisclosedItem.Milestone(work, null, done.doneOn(), work);
                        })
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
        facts.add(DisclosedItem.Fact.said("works.targetGrade", "works.grade." + street.targetGrade()));
        if (street.achievedGrade() != null) {
            facts.add(DisclosedItem.Fact.said("works.achievedGrade", "works.grade." + street.achievedGrade()));
        }
        if (street.demolitionHeld()) {
            facts.add(DisclosedItem.Fact.said("works.demolitionHeld", "works.yes"));
        }
        return facts;
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
