package org.linju.meetings;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A residents' proposal for the community's annual big things that still waits for the party committee, as a meeting's
 * agenda names it.
 *
 * @param gridCode the grid the proposal is for, or null for the whole community
 */
public record AgendaProposal(
        UUID itemId, String title, @Nullable String gridCode, boolean shortlisted) {}
