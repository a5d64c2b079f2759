package org.linju.disclosure;

import java.util.Optional;
import java.util.UUID;
import org.linju.identity.GridScope;

/**
 * A module's items that may be disclosed to the public (码上监督): what their public page shows, their photos, and how
 * the publish workflow names them to staff. A module implements it as a bean for each kind of item it owns; the
 * disclosure module knows none of them by name.
 */
public interface Disclosable {

    /** The kind of item, in URLs and tables: a short lower-case word such as {@code line} or {@code project}. */
    String kind();

    /** What the public page shows of the item as it is now, or empty if there is no such item. Never personal data. */
    Optional<DisclosedItem> disclosed(UUID id);

    /** One photo of the item, as stored (already without its metadata), or empty. */
    Optional<DisclosedPhoto> photo(UUID id, UUID photoId);

    /** The item as the publish workflow shows it to a member of staff, or empty outside their scope. */
    Optional<DisclosureCandidate> candidate(GridScope scope, UUID id);
}
