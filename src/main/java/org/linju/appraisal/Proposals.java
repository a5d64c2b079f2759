package org.linju.appraisal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.AreaChoices;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.Bimonth;
import org.linju.shared.ListPage;
import org.linju.shared.ListQuery;
import org.linju.shared.ListRequest;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personnel proposals queue (人事建议): the grid leaders' proposals of the viewer's area, decided by the community
 * secretary, the decision kept with who made it.
 */
@Service
public class Proposals {

    /** Who open the queue; only the community secretary decides. */
    static final Set<Role> READERS = EnumSet.of(Role.COMMUNITY_SECRETARY, Role.STREET_STAFF, Role.DISTRICT_ADMIN);

    private static final Map<String, String> ORDER = Map.of(
            "proposed", "p.proposed_at",
            "grid", "p.grid_code",
            "kind", "p.kind",
            "cycle", "p.cycle");

    private final JdbcClient jdbc;
    private final AppraisalStore store;
    private final CycleLocks locks;
    private final Clock clock;

    Proposals(JdbcClient jdbc, AppraisalStore store, CycleLocks locks, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.locks = locks;
        this.clock = clock;
    }

    public ListPage<Proposal> queue(CurrentUser viewer, ProposalFilter filter) {
        if (!READERS.contains(viewer.role())) {
            throw new OutOfScope("personnel proposals");
        }
        String area = AreaChoices.narrowing(viewer.scope(), filter.area());
        ListQuery.Condition scope =
                ListQuery.codesUnder("p.grid_code", viewer.scope().sqlPatterns());
        ListRequest request = filter.request();
        boolean pending = filter.pending() == null || filter.pending();
        return ListQuery.of(jdbc, "select p.*", "from personnel_proposal p")
                .where(scope.sql(), scope.values())
                .when(pending, "p.decision is null")
                .when(!pending, "p.decision is not null")
                .when(area == null ? null : area + "%", "area", "p.grid_code like :area")
                .when(cycle(filter.cycle()), "cycle", "p.cycle = :cycle")
                .when(filter.kind() == null ? null : filter.kind().name(), "kind", "p.kind = :kind")
                .page(request, ORDER.get(request.sort()), "p.id", AppraisalStore::toProposal);
    }

    /** The community secretary's decision; a decided proposal stays decided. */
    @Transactional
    public void decide(CurrentUser secretary, UUID id, boolean approved, @Nullable String note) {
        Proposal proposal = store.proposal(id)
                .filter(p -> secretary.role() == Role.COMMUNITY_SECRETARY
                        && secretary.scope().covers(RegionCode.of(p.gridCode())))
                .orElseThrow(() -> new OutOfScope("proposal " + id));
        locks.refuseIfLocked(Bimonth.parse(proposal.cycle()));
        String why = Appraisals.required(note, "appraisal.refused.decisionNote");
        if (!store.decide(id, approved ? "APPROVED" : "REJECTED", why, secretary.displayName(), clock.instant())) {
            throw new AppraisalRefused("appraisal.refused.decided");
        }
    }

    public static boolean decides(CurrentUser user) {
        return user.role() == Role.COMMUNITY_SECRETARY;
    }

    private static @Nullable String cycle(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Bimonth.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new AppraisalRefused("appraisal.refused.cycle");
        }
    }
}
