package org.linju.meetings;

import java.util.EnumSet;
import java.util.List;
import org.linju.agenda.AnnualItemList;
import org.linju.agenda.ItemStatus;
import org.linju.identity.CurrentUser;
import org.linju.matters.Colour;
import org.linju.matters.OpenMatters;
import org.springframework.stereotype.Component;

/**
 * What a meeting discusses besides the follow-up of earlier decisions: the open red and yellow matters of its area and
 * the residents' proposals waiting in its community, both as far as the viewer may see.
 */
@Component
class MeetingAgenda {

    private static final int MAX_MATTERS = 50;

    private static final int MAX_PROPOSALS = 50;

    private final OpenMatters matters;
    private final AnnualItemList items;

    MeetingAgenda(OpenMatters matters, AnnualItemList items) {
        this.matters = matters;
        this.items = items;
    }

    List<AgendaProposal> proposals(CurrentUser user, String communityCode) {
        return items.waitingProposals(user.scope(), communityCode, MAX_PROPOSALS).stream()
                .map(item -> new AgendaProposal(
                        item.id(), item.title(), item.gridCode(), item.status() == ItemStatus.SHORTLISTED))
                .toList();
    }

    List<AgendaMatter> openMatters(CurrentUser user, String areaCode) {
        return matters.in(areaCode, EnumSet.of(Colour.RED, Colour.YELLOW), user.scope(), MAX_MATTERS).stream()
                .map(line -> new AgendaMatter(
                        line.id(), line.trackingCode(), line.colour().name(), line.categoryName(), line.gridCode()))
                .toList();
    }
}
