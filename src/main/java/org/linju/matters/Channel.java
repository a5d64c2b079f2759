package org.linju.matters;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** How a matter came in. */
public enum Channel {
    WEB,
    PATROL,
    HOTLINE,
    WALK_IN,
    API,
    /** From a public disclosure page reached by its QR code (码上监督). */
    QR_CODE;

    /** How a matter reaches staff, who enter it themselves. */
    private static final Set<String> STAFF_ENTRY = Set.of("PATROL", "HOTLINE", "WALK_IN");

    /**
     * The channel of a report through the JSON API: API, unless a staff member's program (signed in, or with an API
     * token; residents' accounts are no staff) says the matter reached them by HOTLINE, WALK_IN or PATROL.
     */
    public static Channel ofApiReport(@Nullable String requested, boolean staff) {
        if (requested == null || requested.equals(API.name())) {
            return API;
        }
        if (!staff || !STAFF_ENTRY.contains(requested)) {
            throw new UnacceptableReport("channel", "matter.badChannel");
        }
        return valueOf(requested);
    }

    /** Only staff report by these channels: what reached them by phone, in person or on patrol. */
    public boolean staffEntry() {
        return STAFF_ENTRY.contains(name());
    }
}
