package org.linju.matters;

import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;

/**
 * Who sends a report, as far as intake cares. Staff (signed in, or a program with their API token) enter what reached
 * them by any channel, see the tracking codes of likely duplicates and have no hourly limit. Everyone else, signed-in
 * residents as much as anonymous callers, reports for themselves: counted per client address and per phone, and told
 * only how many likely duplicates there are (a tracking code lets its holder rate the matter).
 */
public record Reporter(
        @Nullable String username, boolean staff, @Nullable String address) {

    /** The caller of a web request: the signed-in account, if any, and the client's address. */
    public static Reporter of(@Nullable CurrentUser user, @Nullable String address) {
        return new Reporter(
                user == null ? null : user.getUsername(), user != null && user.role() != Role.RESIDENT, address);
    }

    static Reporter anonymous(@Nullable String address) {
        return new Reporter(null, false, address);
    }

    static Reporter staffMember(String username) {
        return new Reporter(username, true, null);
    }

    /** Whether the hourly limits per address and per phone apply. */
    boolean limited() {
        return !staff;
    }
}
