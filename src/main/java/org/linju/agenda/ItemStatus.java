package org.linju.agenda;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an item stands: a candidate (proposed by residents or staff, then shortlisted by the community party
 * committee), adopted into the year's list, under way and done as its milestones are, or dropped. Labels are
 * {@code agenda.status.NAME}.
 */
public enum ItemStatus {
    PROPOSED,
    SHORTLISTED,
    ADOPTED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    /** The statuses of the year's list (the ten): adopted and after, not dropped. */
    public static final Set<ItemStatus> ON_THE_LIST = EnumSet.of(ADOPTED, IN_PROGRESS, DONE);

    public boolean onTheList() {
        return ON_THE_LIST.contains(this);
    }

    public boolean mayShortlist() {
        return this == PROPOSED;
    }

    public boolean mayAdopt() {
        return this == PROPOSED || this == SHORTLISTED;
    }

    public boolean mayDrop() {
        return this != DONE && this != DROPPED;
    }

    /** The status of an item on the list once its progress is known. */
    static ItemStatus ofProgress(int percent) {
        if (percent >= 100) {
            return DONE;
        }
        return percent > 0 ? IN_PROGRESS : ADOPTED;
    }
}
