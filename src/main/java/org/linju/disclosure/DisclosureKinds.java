package org.linju.disclosure;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every module's {@link Disclosable} bean by its kind: the workflow and the public pages know none of them by name. */
@Component
class DisclosureKinds {

    private final Map<String, Disclosable> byKind;

    DisclosureKinds(List<Disclosable> disclosables) {
        this.byKind = disclosables.stream().collect(Collectors.toMap(Disclosable::kind, Function.identity()));
    }

    Optional<Disclosable> of(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    List<String> kinds() {
        return byKind.keySet().stream().sorted().toList();
    }
}
