package org.linju.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A meeting as its page shows it: the agenda (open red and yellow matters of the area, residents' proposals waiting in
 * the community, and the follow-up of every open decision of earlier meetings of the same area and kind), attendance,
 * minutes and decisions.
 */
public record MeetingView(
        UUID id,
        MeetingKind kind,
        String areaCode,
        String areaName,
        String communityCode,
        String title,
        Instant startsAt,
        String place,
        MeetingState state,
        @Nullable String minutes,
        String organiser,
        List<Attendee> attendees,
        List<AgendaMatter> agenda,
        List<AgendaProposal> proposals,
        List<Decision> followUps,
        List<Decision> decisions) {

    public long present() {
        return attendees.stream().filter(Attendee::present).count();
    }
}
