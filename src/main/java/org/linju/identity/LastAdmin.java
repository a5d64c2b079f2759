package org.linju.identity;

/** The district keeps at least one enabled district admin: nobody could administer it otherwise. */
final class LastAdmin {

    private LastAdmin() {}

    /**
     * Refuses to take away the admin role or sign-in of {@code account} when it is the last enabled district admin.
     *
     * @param enabledAdmins the enabled district admins, counted under {@link AccountDirectory#lockForChange}
     */
    static void check(ManagedAccount account, int enabledAdmins) {
        if (account.role() == Role.DISTRICT_ADMIN && account.enabled() && enabledAdmins <= 1) {
            throw new AccountRefused("account.refused.lastAdmin");
        }
    }
}
