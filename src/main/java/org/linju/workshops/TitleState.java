package org.linju.workshops;

/** The clean-workshop title (清廉工坊) as it stands: never held, held, or revoked. */
public enum TitleState {
    NONE,
    TITLED,
    REVOKED;

    public String messageKey() {
        return "workshops.title." + name();
    }
}
