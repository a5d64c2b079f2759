package org.linju.funds;

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
 * A budget line as the public sees it (kind {@code line}): its money by source, spent to date, its targets with their
 * latest actual, its classification, owner unit and fiscal year. Payments are not shown, so no payee who is a person
 * can appear.
 */
@Component
class LineDisclosure implements Disclosable {

    static final String KIND = "line";

    private final BudgetLineStore store;
    private final PerformanceTargets targets;

    LineDisclosure(BudgetLineStore store, PerformanceTargets targets) {
        this.store = store;
        this.targets = targets;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Optional<DisclosedItem> disclosed(UUID id) {
        return store.find(id).map(this::item);
    }

    @Override
    public Optional<DisclosedPhoto> photo(UUID id, UUID photoId) {
        return Optional.empty();
    }

    @Override
    public Optional<DisclosureCandidate> candidate(GridScope scope, UUID id) {
        return store.find(id)
                .filter(line -> scope.covers(RegionCode.of(line.areaCode())))
                .map(line ->
                        new DisclosureCandidate(new Subject(KIND, id), line.name(), line.areaCode(), "/funds/" + id));
    }

    private DisclosedItem item(BudgetLine line) {
        List<DisclosedItem.Target> shown = shownTargets(line);
        return new DisclosedItem(
                new Subject(KIND, line.id()),
                line.name(),
                line.areaCode(),
                line.ownerUnit(),
                line.classificationLabel(),
                List.of(new DisclosedItem.Money(line.source().name(), line.amountFen())),
                line.amountFen(),
                line.spentFen(),
                shown,
                null,
                List.of(),
                List.of(),
                List.of(
                        new DisclosedItem.Fact("funds.classification", line.classificationLabel()),
                        new DisclosedItem.Fact("funds.ownerUnit", line.ownerUnit()),
                        new DisclosedItem.Fact("funds.fiscalYear", String.valueOf(line.fiscalYear()))),
                null,
                null,
                null,
                new DisclosedItem.Fiscal(
                        line.fiscalYear(),
                        line.classification(),
                        line.source().name(),
                        line.ownerUnit(),
                        line.amountFen(),
                        line.spentFen()));
    }

    /** Each target with its latest actual value and the month it was recorded for. */
    private List<DisclosedItem.Target> shownTargets(BudgetLine line) {
        return targets.of(line.id()).stream()
                .map(target -> {
                    PerformanceTargets.TargetValue latest = target.latest();
                    return new DisclosedItem.Target(
                            target.name(),
                            target.dimension().messageKey(),
                            target.unit(),
                            target.baseline(),
                            target.target(),
                            latest == null ? null : latest.actual(),
                            latest == null ? null : latest.period().toString());
                })
                .toList();
    }
}
