package org.linju.forces;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.grid.Grids;
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Project lists (项目清单). A grid leader posts a task with time, place, places and skills; the matching forces of the
 * grid are told (inbox and the grid's group robot); people sign up until it is full. A sign-up takes a place with one
 * conditional UPDATE ({@code taken < needed}), so concurrent sign-ups never over-book; attendance and service hours
 * are recorded per person afterwards.
 */
@Service
public class Projects {

    /** Who signed up, and what they did. */
    public record Signup(
            UUID memberId,
            String name,
            String kind,
            Instant signedAt,
            @Nullable Boolean attended,
            @Nullable BigDecimal hours) {}

    private static final Set<Role> ORGANISERS =
            EnumSet.of(Role.GRID_LEADER, Role.COMMUNITY_SECRETARY, Role.DISTRICT_ADMIN);

    private static final String INSERT = """
			insert into project (id, grid_code, title, place, starts_at, ends_at, needed, skills, posted_by, posted_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			""";

    private final JdbcClient jdbc;
    private final ForceRegister register;
    private final Grids grids;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Projects(JdbcClient jdbc, ForceRegister register, Grids grids, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.register = register;
        this.grids = grids;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Project post(
            CurrentUser by,
            String grid,
            String title,
            String place,
            Instant startsAt,
            Instant endsAt,
            int needed,
            List<String> skills) {
        requireOrganiserOf(by, grid);
        if (!grids.exists(grid)) {
            throw new ProjectRefused("project.notAGrid");
        }
        Project project = new ProjectDraft(grid, title, place, startsAt, endsAt, needed, skills)
                .toProject(UUID.randomUUID(), by.getUsername());
        insert(project);
        List<String> usernames = register.availableAccountsIn(grid, project.skills());
        events.publishEvent(new ProjectPosted(
                project.id(), grid, project.title(), project.place(), needed, project.skills(), usernames));
        return find(project.id());
    }

    /** Projects of the viewer's area (or one grid), newest first. */
    public List<Project> list(CurrentUser viewer, @Nullable String grid) {
        String[] patterns = grid == null || grid.isBlank() ? viewer.scope().sqlPatterns() : new String[] {grid + "%"};
        if (grid != null
                && !grid.isBlank()
                && (!RegionCode.isValid(grid) || !viewer.scope().covers(RegionCode.of(grid)))) {
            throw new OutOfScope("project");
        }
        return jdbc.sql(
                        "select * from project where grid_code like any (cast(? as text[])) order by starts_at desc limit 100")
                .param(patterns)
                .query(Projects::toProject)
                .list();
    }

    public Project visible(CurrentUser viewer, UUID id) {
        Project project = find(id);
        boolean member = register.byAccount(viewer.getUsername())
                .map(m -> project.gridCode().equals(m.gridCode()))
                .orElse(false);
        if (!viewer.scope().covers(RegionCode.of(project.gridCode())) && !member) {
            throw new OutOfScope("project");
        }
        return project;
    }

    public List<Signup> signups(CurrentUser viewer, UUID id) {
        visible(viewer, id);
        return jdbc.sql("""
				select s.*, m.name, m.kind from project_signup s join force_member m on m.id = s.member_id
				where s.project_id = ? order by s.signed_at
				""")
                .param(id)
                .query((rs, row) -> new Signup(
                        rs.getObject("member_id", UUID.class),
                        rs.getString("name"),
                        rs.getString("kind"),
                        rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
                        (Boolean) rs.getObject("attended"),
                        rs.getBigDecimal("hours")))
                .list();
    }

    /** The signed-in person signs up (they must be registered as a force member). */
    @Transactional
    public void signUp(CurrentUser user, UUID id) {
        ForceMember member =
                register.byAccount(user.getUsername()).orElseThrow(() -> new ProjectRefused("project.notRegistered"));
        visible(user, id);
        signUp(id, member.id());
    }

    /** Takes a place for a registered person; refuses when full or already signed up. */
    @Transactional
    public void signUp(UUID id, UUID memberId) {
        int taken = jdbc.sql("update project set taken = taken + 1 where id = ? and taken < needed and ends_at > ?")
                .params(id, utc(clock.instant()))
                .update();
        if (taken != 1) {
            throw new ProjectRefused("project.full");
        }
        try {
            jdbc.sql("insert into project_signup (project_id, member_id, signed_at) values (?, ?, ?)")
                    .params(id, memberId, utc(clock.instant()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw new ProjectRefused("project.alreadySignedUp");
        }
    }

    /** The organiser records whether a person came and how many hours they served. */
    @Transactional
    public void recordAttendance(CurrentUser by, UUID id, UUID memberId, boolean attended, @Nullable BigDecimal hours) {
        Project project = visible(by, id);
        if (!ORGANISERS.contains(by.role()) || !by.scope().covers(RegionCode.of(project.gridCode()))) {
            throw new OutOfScope("project");
        }
        if (hours != null && (hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0)) {
            throw new ProjectRefused("project.badHours");
        }
        int updated = jdbc.sql(
                        "update project_signup set attended = ?, hours = ? where project_id = ? and member_id = ?")
                .params(attended, attended ? hours : BigDecimal.ZERO, id, memberId)
                .update();
        if (updated != 1) {
            throw new ProjectRefused("project.notSignedUp");
        }
    }

    /** Service hours per person over all projects, for the grid's roster. */
    public BigDecimal hoursOf(UUID memberId) {
        return jdbc.sql("select coalesce(sum(hours), 0) from project_signup where member_id = ? and attended")
                .param(memberId)
                .query(BigDecimal.class)
                .single();
    }

    private static void requireOrganiserOf(CurrentUser by, String grid) {
        if (!ORGANISERS.contains(by.role())
                || !RegionCode.isValid(grid)
                || !by.scope().covers(RegionCode.of(grid))) {
            throw new OutOfScope("project");
        }
    }

    private void insert(Project project) {
        jdbc.sql(INSERT)
                .params(
                        project.id(),
                        project.gridCode(),
                        project.title(),
                        project.place(),
                        utc(project.startsAt()),
                        utc(project.endsAt()),
                        project.needed(),
                        project.skills().toArray(String[]::new),
                        project.postedBy(),
                        utc(clock.instant()))
                .update();
    }

    private Project find(UUID id) {
        return jdbc.sql("select * from project where id = ?")
                .param(id)
                .query(Projects::toProject)
                .optional()
                .orElseThrow(() -> new OutOfScope("project"));
    }

    static Project toProject(ResultSet rs, int row) throws SQLException {
        return new Project(
                rs.getObject("id", UUID.class),
                rs.getString("grid_code"),
                rs.getString("title"),
                rs.getString("place"),
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(),
                rs.getInt("needed"),
                rs.getInt("taken"),
                Arrays.asList((String[]) rs.getArray("skills").getArray()),
                rs.getString("posted_by"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
