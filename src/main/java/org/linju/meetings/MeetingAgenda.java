package org.linju.meetings;

import java.util.EnumSet;
import java.util.List;
import org.linju.identity.CurrentUser;
import org.linju.matters.Colour;
import org.linju.matters.OpenMatters;
import org.springframework.stereotype.Component;

/** The matters a meeting discusses: the open red and yellow matters of its area that the convener may see. */
@Component
class MeetingAgenda {

    private static final int MAX_MATTERS = 50;

    private final OpenMatters matters;

    MeetingAgenda(OpenMatters matters) {
        this.matters = matters;
    }

    List<AgendaMatter> openMatters(CurrentUser user, String areaCode) {
        return matters.in(areaCode, EnumSet.of(Colour.RED, Colour.YELLOW), user.scope(), MAX_MATTERS).stream()
                .map(line -> new AgendaMatter(
                        line.id(), line.trackingCode(), line.colour().name(), line.categoryName(), line.gridCode()))
                .toList();
    }
}
