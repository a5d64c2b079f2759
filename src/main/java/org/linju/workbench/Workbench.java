package org.linju.workbench;

import java.util.List;
import java.util.Optional;
import org.linju.emergency.DirectiveInbox;
import org.linju.grid.RegionView;
import org.linju.grid.Regions;
import org.linju.identity.CurrentUser;
import org.linju.identity.Role;
import org.linju.imports.ImportsUnderway;
import org.linju.matters.AreaStanding;
import org.linju.matters.OwnReports;
import org.linju.matters.WaitingRequests;
import org.linju.matters.Workload;
import org.linju.notify.Inbox;
import org.springframework.stereotype.Service;

/**
 * Gathers a person's workbench from the modules that know each part. A resident's holds only their reports; staff
 * see what waits for them, and leaders of an area also how it stands.
 */
@Service
public class Workbench {

    /** Who the person is and which part of the district they look after (the old start page's card). */
    public record Header(CurrentUser user, Regions.Coverage coverage, List<RegionView> scopeRoots) {}

    /** What waits for a member of staff, and how their area stands if they lead one. */
    public record Desk(
            Workload.Needs needs,
            List<WaitingRequests.Waiting> requests,
            long directives,
            long unread,
            List<ImportsUnderway.Underway> imports,
            Optional<AreaStanding.Standing> standing) {}

    private final Regions regions;
    private final Workload workload;
    private final WaitingRequests requests;
    private final AreaStanding standing;
    private final OwnReports reports;
    private final DirectiveInbox directives;
    private final Inbox inbox;
    private final ImportsUnderway imports;

    Workbench(
            Regions regions,
            Workload workload,
            WaitingRequests requests,
            AreaStanding standing,
            OwnReports reports,
            DirectiveInbox directives,
            Inbox inbox,
            ImportsUnderway imports) {
        this.regions = regions;
        this.workload = workload;
        this.requests = requests;
        this.standing = standing;
        this.reports = reports;
        this.directives = directives;
        this.inbox = inbox;
        this.imports = imports;
    }

    public Header header(CurrentUser user) {
        return new Header(
                user,
                regions.coverage(user.scope()),
                user.scope().roots().stream()
                        .map(code -> regions.node(code, user.scope()))
                        .toList());
    }

    /** Empty for residents, who have no desk, only their reports. */
    public Optional<Desk> desk(CurrentUser user) {
        if (user.role() == Role.RESIDENT) {
            return Optional.empty();
        }
        return Optional.of(new Desk(
                workload.needingAction(user),
                requests.forDecision(user),
                directives.toAcknowledge(user),
                inbox.unread(user.getUsername()),
                imports.startedBy(user),
                standing.of(user)));
    }

    public List<OwnReports.Report> reports(CurrentUser user) {
        return user.role() == Role.RESIDENT ? reports.of(user) : List.of();
    }
}
