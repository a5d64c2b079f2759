package org.linju.identity;

import org.jspecify.annotations.Nullable;
import org.linju.shared.RegionCode;

/**
 * The filters of the account list; each null one matches everything.
 *
 * @param area accounts with an area at or below this node
 * @param text part of the username or the name
 */
public record AccountFilter(
        @Nullable Role role,
        @Nullable RegionCode area,
        @Nullable AccountState state,
        @Nullable String text) {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null, null);
    }
}
