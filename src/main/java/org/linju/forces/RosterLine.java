package org.linju.forces;

import java.util.List;

/** One person of the paged roster with the lines of the duty chart they are on. */
public record RosterLine(ForceMember member, List<DutyHeld> duties) {

    /** A line of a grid's duty chart the person is on, and on which side (A holds it, B stands in). */
    public record DutyHeld(GovernanceRole role, ForceFilter.Duty side) {

        /** From the roster query's {@code GRID_LEADER:A}. */
        static DutyHeld parse(String stored) {
            int colon = stored.indexOf(':');
            return new DutyHeld(
                    GovernanceRole.valueOf(stored.substring(0, colon)),
                    ForceFilter.Duty.valueOf(stored.substring(colon + 1)));
        }
    }

    public RosterLine {
        duties = List.copyOf(duties);
    }

    /** The same line without why the person is unavailable, for viewers who are not coordinators. */
    RosterLine withoutNote() {
        return new RosterLine(member.withoutNote(), duties);
    }
}
