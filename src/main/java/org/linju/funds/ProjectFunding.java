package org.linju.funds;

import java.util.List;
import java.util.UUID;
import org.linju.identity.CurrentUser;

/**
 * The money of budget lines given to livelihood projects (the works module's projects, known here only by id): what a
 * project's page offers to link, allocates, and shows as its funding by line and source.
 */
public interface ProjectFunding {

    /** An active line in the caller's scope with money not yet allocated, in fen. */
    record LineChoice(UUID id, String name, int fiscalYear, String source, long unallocatedFen) {}

    /** A project's money from one line: allocated and paid against that allocation, in fen. */
    record Funding(UUID lineId, String lineName, int fiscalYear, String source, long allocatedFen, long spentFen) {}

    /**
     * The active lines of the project's year in the caller's scope whose area includes the project's area and that
     * still have money to allocate.
     */
    List<LineChoice> choices(CurrentUser user, String projectAreaCode, int projectYear);

    /**
     * Gives {@code amountFen} of a line to a project of that area and year; refused (with a message for the form)
     * beyond what the line has not yet allocated, for a line outside the caller's scope or not active, of another
     * fiscal year than the project's, or whose area does not include the project's area.
     */
    void allocate(
            CurrentUser user, UUID lineId, UUID projectId, String projectAreaCode, int projectYear, long amountFen);

    /** The project's funding, one entry per line; empty when no line funds it. */
    List<Funding> forProject(UUID projectId);
}
