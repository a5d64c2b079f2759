package org.linju.supervision;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.Grids;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.DateRange;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The supervision register's use cases: issue a notice, report the fix, accept it or send it back. */
@Service
public class Supervision {

    /** One of a grid's staff a notice may name. */
    public record Person(UUID id, String name, Role role) {}

    /** A notice with its follow-up and what the viewer may do with it now. */
    public record NoticeView(
            Notice notice, List<NoticeStep> steps, boolean mayReport, boolean mayReview, boolean overdue) {}

    private final NoticeStore store;
    private final Accounts accounts;
    private final Grids grids;
    private final Clock clock;

    Supervision(NoticeStore store, Accounts accounts, Grids grids, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.grids = grids;
        this.clock = clock;
    }

    /** The staff of a grid in the issuer's scope, whom a notice may name. */
    public List<Person> people(CurrentUser issuer, String gridCode) {
        RegionCode grid = RegionCode.of(gridCode);
        if (!issuer.scope().covers(grid)) {
            throw new OutOfScope("grid " + gridCode);
        }
        return accounts.usernamesWithin(GridScope.of(List.of(grid))).stream()
                .map(accounts::find)
                .flatMap(Optional::stream)
                .filter(user -> SupervisionAccess.CONCERNED.contains(user.role()))
                .map(user -> new Person(user.id(), user.displayName(), user.role()))
                .sorted(Comparator.comparing(Person::role).thenComparing(Person::name))
                .toList();
    }

    @Transactional
    public Notice issue(CurrentUser issuer, NewNotice draft) {
        SupervisionOffice office = officeFor(issuer, draft.office());
        String grid = draft.gridCode().strip();
        if (RegionCode.of(grid).level() != RegionLevel.GRID || !grids.exists(grid)) {
            throw new SupervisionRefused("supervision.refused.grid");
        }
        Person person = draft.personId() == null ? null : person(issuer, grid, draft.personId());
        check(!draft.finding().isBlank() && !draft.requiredFix().isBlank(), "supervision.refused.text");
        check(
                draft.points().signum() >= 0 && draft.points().compareTo(BigDecimal.valueOf(100)) <= 0,
                "supervision.refused.points");
        Instant now = clock.instant();
        LocalDate today = today();
        check(!draft.deadline().isBefore(today), "supervision.refused.deadline");
        Notice notice = new Notice(
                UUID.randomUUID(),
                office,
                grid,
                person == null ? null : person.id(),
                person == null ? null : person.name(),
                draft.finding().strip(),
                draft.requiredFix().strip(),
                draft.deadline(),
                draft.points(),
                issuer.displayName(),
                now,
                today,
                NoticeState.OPEN,
                null);
        store.insert(notice, issuer.id());
        store.step(notice.id(), "ISSUED", notice.requiredFix(), issuer, now);
        return notice;
    }

    public NoticeView show(CurrentUser viewer, UUID id) {
        Notice notice = visible(viewer, id);
        return new NoticeView(
                notice,
                store.steps(id),
                SupervisionAccess.mayReport(viewer, notice),
                SupervisionAccess.mayReview(viewer, notice),
                notice.overdue(today()));
    }

    /** The person concerned reports what was done. */
    @Transactional
    public void report(CurrentUser person, UUID id, String rectification) {
        Notice notice = visible(person, id);
        check(SupervisionAccess.mayReport(person, notice), "supervision.refused.notYours");
        move(person, notice, NoticeState.REPORTED, "REPORTED", rectification, null);
    }

    /** The issuing office accepts the fix: the notice is closed. */
    @Transactional
    public void accept(CurrentUser office, UUID id, String note) {
        Notice notice = visible(office, id);
        check(SupervisionAccess.mayReview(office, notice), "supervision.refused.notReviewer");
        move(office, notice, NoticeState.ACCEPTED, "ACCEPTED", note.isBlank() ? "✓" : note, today());
    }

    /** The issuing office sends the fix back with the reason: the notice waits for a better one. */
    @Transactional
    public void sendBack(CurrentUser office, UUID id, String reason) {
        Notice notice = visible(office, id);
        check(SupervisionAccess.mayReview(office, notice), "supervision.refused.notReviewer");
        move(office, notice, NoticeState.OPEN, "SENT_BACK", reason, null);
    }

    public static boolean mayIssue(CurrentUser user) {
        return SupervisionAccess.mayIssue(user);
    }

    /** The office a user issues in: their own, or for district administrators the one they chose. */
    public static Optional<SupervisionOffice> ownOffice(CurrentUser user) {
        return SupervisionAccess.officeOf(user);
    }

    private void move(
            CurrentUser actor, Notice notice, NoticeState to, String action, String text, @Nullable LocalDate closed) {
        check(!text.isBlank(), "supervision.refused.text");
        if (!store.move(notice.id(), notice.state(), to, closed)) {
            throw new SupervisionRefused("supervision.refused.changed");
        }
        store.step(notice.id(), action, text.strip(), actor, clock.instant());
    }

    private Notice visible(CurrentUser viewer, UUID id) {
        return store.find(id)
                .filter(notice -> SupervisionAccess.sees(viewer, notice))
                .orElseThrow(() -> new OutOfScope("supervision notice " + id));
    }

    private SupervisionOffice officeFor(CurrentUser issuer, @Nullable SupervisionOffice chosen) {
        if (issuer.role() == Role.DISTRICT_ADMIN) {
            check(chosen != null, "supervision.refused.office");
            return Objects.requireNonNull(chosen);
        }
        return SupervisionAccess.officeOf(issuer).orElseThrow(() -> new OutOfScope("supervision office"));
    }

    private Person person(CurrentUser issuer, String grid, UUID id) {
        return people(issuer, grid).stream()
                .filter(person -> person.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new SupervisionRefused("supervision.refused.person"));
    }

    /** Today on China's calendar, by the application's clock (overdue notices are judged by it). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(DateRange.CHINA));
    }

    private static void check(boolean holds, String messageKey) {
        if (!holds) {
            throw new SupervisionRefused(messageKey);
        }
    }
}
