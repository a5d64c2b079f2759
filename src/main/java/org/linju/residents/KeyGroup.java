package org.linju.residents;

/**
 * Key-group tags. Restricted ones (special groups in GB/T 31000 terms) are stored encrypted and shown or set only
 * by roles with that permission.
 */
public enum KeyGroup {
    ELDERLY_ALONE(false),
    DISABLED(false),
    LOW_INCOME(false),
    UNEMPLOYED(false),
    NEW_GRADUATE(false),
    VETERAN(false),
    LEFT_BEHIND_CHILD(false),
    COMMUNITY_CORRECTION(true),
    RELEASED_FROM_PRISON(true),
    DRUG_REHABILITATION(true),
    SEVERE_MENTAL_DISORDER(true);

    private final boolean restricted;

    KeyGroup(boolean restricted) {
        this.restricted = restricted;
    }

    public boolean restricted() {
        return restricted;
    }
}
