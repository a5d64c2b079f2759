package org.linju.identity;

/**
 * The groups of the navigation, by the task a person comes to do, in the order they are shown. {@link #ACCOUNT} is the
 * signed-in person's own pages, shown in the user menu rather than among the tasks.
 */
public enum NavGroup {
    WORKBENCH,
    MATTERS,
    GRIDS,
    GOVERNANCE,
    MONEY,
    RESIDENTS,
    EMERGENCY,
    ADMIN,
    ACCOUNT;

    public String messageKey() {
        return "nav.group." + name();
    }
}
