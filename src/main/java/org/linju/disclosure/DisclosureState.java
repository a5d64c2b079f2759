package org.linju.disclosure;

/** Where an item stands in the publish workflow; labels are message keys {@code disclosure.state.NAME}. */
enum DisclosureState {
    DRAFT,
    REVIEWED,
    PUBLISHED,
    WITHDRAWN
}
