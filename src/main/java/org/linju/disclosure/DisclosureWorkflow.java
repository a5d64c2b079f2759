package org.linju.disclosure;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publish workflow: draft → reviewed → published, each step by a different person, and withdrawal (with a reason)
 * of a published item. Every step is a conditional update, so of two people publishing the same item at once one wins
 * and the other is told it is published already. A withdrawn item may be drafted again; its steps are all kept. Public
 * for the demo district, which publishes its items through the same steps as staff do.
 */
@Service
public class DisclosureWorkflow {

    /** The longest withdrawal reason kept; a longer one is refused in words. */
    private static final int MAX_REASON = 1000;

    static final Set<Role> EDITORS = DisclosureRoles.DRAFTERS;

    static final Set<Role> PUBLISHERS = DisclosureRoles.PUBLISHERS;

    static final Set<Role> STAFF =
            EnumSet.of(Role.STREET_STAFF, Role.DEPARTMENT_STAFF, Role.DISTRICT_ADMIN, Role.LIAISON_LEADER);

    /** One step in an item's history. */
    record HistoryStep(
            String action,
            String actorName,
            Instant at,
            @Nullable String reason) {}

    private final JdbcClient jdbc;
    private final DisclosureKinds kinds;
    private final Clock clock;

    DisclosureWorkflow(JdbcClient jdbc, DisclosureKinds kinds, Clock clock) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.clock = clock;
    }

    /** Starts (or, after a withdrawal, restarts) the workflow of an item; an item already in it is returned as is. */
    @Transactional
    public UUID draft(CurrentUser user, Subject subject) {
        require(user, EDITORS);
        DisclosureCandidate candidate = kinds.of(subject.kind())
                .flatMap(kind -> kind.candidate(user.scope(), subject.id()))
                .orElseThrow(() -> new OutOfScope("disclosure candidate"));
        Optional<UUID> started = jdbc.sql("""
                insert into disclosure_item (id, kind, subject_id, title, area_code, state,
                                             drafted_by, drafted_by_name, drafted_at)
                values (:id, :kind, :subject, :title, :area, 'DRAFT', :by, :name, :at)
                on conflict (kind, subject_id) do update set state = 'DRAFT', title = excluded.title,
                    area_code = excluded.area_code, drafted_by = excluded.drafted_by,
                    drafted_by_name = excluded.drafted_by_name, drafted_at = excluded.drafted_at,
                    reviewed_by = null, reviewed_by_name = null, reviewed_at = null,
                    published_by = null, published_by_name = null, published_at = null,
                    withdrawn_by = null, withdrawn_by_name = null, withdrawn_at = null, withdraw_reason = null,
                    version = disclosure_item.version + 1
                where disclosure_item.state = 'WITHDRAWN'
                returning id
                """)
                .param("id", UUID.randomUUID())
                .param("kind", subject.kind())
                .param("subject", subject.id())
                .param("title", candidate.title())
                .param("area", candidate.areaCode())
                .param("by", user.id())
                .param("name", user.displayName())
                .param("at", Timestamp.from(clock.instant()))
                .query(UUID.class)
                .optional();
        if (started.isEmpty()) {
            return idOf(subject).orElseThrow();
        }
        record(started.get(), "DRAFT", user, null);
        return started.get();
    }

    @Transactional
    public DisclosureRecord review(CurrentUser user, UUID item) {
        require(user, EDITORS);
        return step(user, item, "REVIEWED", DisclosureState.DRAFT, "drafted_by <> :by", null);
    }

    @Transactional
    public DisclosureRecord publish(CurrentUser user, UUID item) {
        require(user, PUBLISHERS);
        return step(
                user, item, "PUBLISHED", DisclosureState.REVIEWED, "drafted_by <> :by and reviewed_by <> :by", null);
    }

    @Transactional
    public DisclosureRecord withdraw(CurrentUser user, UUID item, String reason) {
        require(user, PUBLISHERS);
        if (reason.isBlank()) {
            throw new DisclosureRefused("disclosure.refused.reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new DisclosureRefused("disclosure.refused.reasonLength");
        }
        return step(user, item, "WITHDRAWN", DisclosureState.PUBLISHED, "true", reason.strip());
    }

    private DisclosureRecord step(
            CurrentUser user, UUID item, String to, DisclosureState from, String otherPerson, @Nullable String reason) {
        DisclosureRecord before = find(user, item).orElseThrow(() -> new OutOfScope("disclosure item"));
        String who = to.toLowerCase(Locale.ROOT);
        int changed = jdbc.sql("update disclosure_item set state = :to, " + who + "_by = :by, " + who
                        + "_by_name = :name, " + who
                        + "_at = :at, withdraw_reason = coalesce(:reason, withdraw_reason), "
                        + "version = version + 1 where id = :id and state = :from and " + otherPerson)
                .param("to", to)
                .param("by", user.id())
                .param("name", user.displayName())
                .param("at", Timestamp.from(clock.instant()))
                .param("reason", reason)
                .param("id", item)
                .param("from", from.name())
                .update();
        if (changed == 0) {
            throw new DisclosureRefused(why(before, from, user));
        }
        record(item, to, user, reason);
        return find(user, item).orElseThrow();
    }

    /** Why a step was not taken: the item moved on (someone else was quicker), or this person took part already. */
    private String why(DisclosureRecord before, DisclosureState expected, CurrentUser user) {
        DisclosureRecord now = find(user, before.id()).orElse(before);
        if (now.state() != expected) {
            return "disclosure.refused.state." + now.state().name();
        }
        return now.drafted().by().equals(user.id()) ? "disclosure.refused.drafter" : "disclosure.refused.reviewer";
    }

    Optional<DisclosureRecord> find(CurrentUser user, UUID item) {
        return jdbc.sql("select * from disclosure_item where id = :id")
                .param("id", item)
                .query(DisclosureRecord::of)
                .optional()
                .filter(found -> user.scope().covers(RegionCode.of(found.areaCode())));
    }

    Optional<UUID> idOf(Subject subject) {
        return jdbc.sql("select id from disclosure_item where kind = :kind and subject_id = :subject")
                .param("kind", subject.kind())
                .param("subject", subject.id())
                .query(UUID.class)
                .optional();
    }

    List<HistoryStep> history(UUID item) {
        return jdbc.sql("select action, actor_name, at, reason from disclosure_step where item_id = :id order by id")
                .param("id", item)
                .query((rs, row) -> new HistoryStep(
                        rs.getString("action"),
                        rs.getString("actor_name"),
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("reason")))
                .list();
    }

    private void record(UUID item, String action, CurrentUser user, @Nullable String reason) {
        jdbc.sql("""
                insert into disclosure_step (item_id, action, actor_id, actor_name, at, reason)
                values (:item, :action, :by, :name, :at, :reason)
                """)
                .param("item", item)
                .param("action", action)
                .param("by", user.id())
                .param("name", user.displayName())
                .param("at", Timestamp.from(clock.instant()))
                .param("reason", reason)
                .update();
    }

    private static void require(CurrentUser user, Set<Role> roles) {
        if (!roles.contains(user.role())) {
            throw new DisclosureRefused("disclosure.refused.role");
        }
    }
}
