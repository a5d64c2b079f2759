package org.linju.emergency;

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
import org.linju.identity.CurrentUser;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Declaring and lifting emergencies. Only district admins and liaison leaders declare, for areas inside their own
 * scope; an area already under an active emergency cannot be declared twice. Everything goes to the emergency log.
 */
@Service
public class Emergencies {

    /** One line of the emergency log. */
    public record LogEntry(
            Instant at, String actor, String what, @Nullable String detail) {}

    static final Set<Role> COMMANDERS = EnumSet.of(Role.DISTRICT_ADMIN, Role.LIAISON_LEADER);

    private static final String DECLARE = """
			insert into emergency (id, title, kind, level, area_codes, declared_by, declared_at)
			values (?, ?, ?, ?, ?, ?, ?)
			""";

    private final JdbcClient jdbc;
    private final Clock clock;

    Emergencies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public Emergency declare(
            CurrentUser by, String title, EmergencyKind kind, EmergencyLevel level, List<String> areaCodes) {
        List<String> areas = declarableAreas(by, title, areaCodes);
        // One declaration at a time, so two commanders cannot both declare an overlapping area.
        jdbc.sql("select pg_advisory_xact_lock(hashtext('linju.emergency.declare'))")
                .query()
                .listOfRows();
        if (!activeIn(areas).isEmpty()) {
            throw new EmergencyRefused("emergency.alreadyActive");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql(DECLARE)
                .params(
                        id,
                        title.strip(),
                        kind.name(),
                        level.name(),
                        areas.toArray(String[]::new),
                        by.getUsername(),
                        clock.instant().atOffset(ZoneOffset.UTC))
                .update();
        log(id, by.getUsername(), "declared", kind + " " + level + " " + String.join(",", areas));
        return find(id);
    }

    @Transactional
    public Emergency lift(CurrentUser by, UUID id, @Nullable String summary) {
        Emergency emergency = visible(by, id);
        if (!COMMANDERS.contains(by.role())
                || emergency.areaCodes().stream().anyMatch(code -> !by.scope().covers(RegionCode.of(code)))) {
            throw new OutOfScope("emergency");
        }
        if (summary != null && summary.length() > 2000) {
            throw new EmergencyRefused("emergency.summaryTooLong");
        }
        int lifted = jdbc.sql("""
				update emergency set lifted_by = ?, lifted_at = ?, summary = ? where id = ? and lifted_at is null
				""")
                .params(
                        by.getUsername(),
                        clock.instant().atOffset(ZoneOffset.UTC),
                        summary == null || summary.isBlank() ? null : summary.strip(),
                        emergency.id())
                .update();
        if (lifted != 1) {
            throw new EmergencyRefused("emergency.notActive");
        }
        log(id, by.getUsername(), "lifted", summary);
        return find(id);
    }

    public Emergency visible(CurrentUser viewer, UUID id) {
        Emergency emergency = jdbc.sql("select * from emergency where id = ?")
                .param(id)
                .query(Emergencies::toEmergency)
                .optional()
                .orElseThrow(() -> new OutOfScope("emergency"));
        if (!overlaps(viewer, emergency)) {
            throw new OutOfScope("emergency");
        }
        return emergency;
    }

    /** Active emergencies covering any of these codes (or lying inside them). */
    public List<Emergency> activeIn(List<String> codes) {
        return jdbc.sql("""
				select * from emergency e where lifted_at is null and exists (
				    select 1 from unnest(e.area_codes) a, unnest(cast(:codes as text[])) c
				    where c like a || '%' or a like c || '%')
				""")
                .param("codes", codes.toArray(String[]::new))
                .query(Emergencies::toEmergency)
                .list();
    }

    /** The log names people and why they were unavailable: for commanders and coordinators only. */
    public List<LogEntry> log(CurrentUser viewer, UUID id) {
        visible(viewer, id);
        if (!Directives.COORDINATORS.contains(viewer.role())) {
            throw new OutOfScope("emergency log");
        }
        return jdbc.sql("select * from emergency_log where emergency_id = ? order by id")
                .param(id)
                .query((rs, row) -> new LogEntry(
                        rs.getObject("at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("what"),
                        rs.getString("detail")))
                .list();
    }

    void log(UUID emergency, String actor, String what, @Nullable String detail) {
        jdbc.sql("insert into emergency_log (emergency_id, at, actor, what, detail) values (?, ?, ?, ?, ?)")
                .params(
                        emergency,
                        clock.instant().atOffset(ZoneOffset.UTC),
                        actor,
                        what,
                        detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail)
                .update();
    }

    /** Locks the emergency's row until the transaction ends; false when it was lifted (so no directive races a lift). */
    boolean lockActive(UUID id) {
        return jdbc.sql("select lifted_at is null from emergency where id = ? for update")
                .param(id)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    Emergency find(UUID id) {
        return jdbc.sql("select * from emergency where id = ?")
                .param(id)
                .query(Emergencies::toEmergency)
                .single();
    }

    static boolean overlaps(CurrentUser viewer, Emergency emergency) {
        if (viewer.role() == Role.RESIDENT) {
            return false;
        }
        return emergency.areaCodes().stream()
                .anyMatch(code -> viewer.scope().covers(RegionCode.of(code))
                        || viewer.scope().roots().stream()
                                .anyMatch(root -> root.value().startsWith(code)));
    }

    /** Whether the viewer may declare an emergency over all of these areas. */
    public static boolean mayDeclare(CurrentUser viewer, List<String> areaCodes) {
        return COMMANDERS.contains(viewer.role())
                && areaCodes.stream().allMatch(code -> viewer.scope().covers(RegionCode.of(code)));
    }

    /** The declared area codes, once each; refuses a non-commander, a bad title, or an area outside their scope. */
    private static List<String> declarableAreas(CurrentUser by, String title, List<String> areaCodes) {
        if (!COMMANDERS.contains(by.role())) {
            throw new OutOfScope("emergency");
        }
        List<String> areas = areaCodes.stream()
                .map(String::strip)
                .filter(code -> !code.isEmpty())
                .distinct()
                .toList();
        if (title.isBlank() || title.length() > 200) {
            throw new EmergencyRefused("emergency.badTitle");
        }
        if (areas.isEmpty() || areas.stream().anyMatch(code -> !RegionCode.isValid(code) || code.length() > 12)) {
            throw new EmergencyRefused("emergency.badArea");
        }
        if (areas.stream().anyMatch(code -> !by.scope().covers(RegionCode.of(code)))) {
            throw new OutOfScope("emergency area");
        }
        return areas;
    }

    static Emergency toEmergency(ResultSet rs, int row) throws SQLException {
        OffsetDateTime lifted = rs.getObject("lifted_at", OffsetDateTime.class);
        return new Emergency(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                EmergencyKind.valueOf(rs.getString("kind")),
                EmergencyLevel.valueOf(rs.getString("level")),
                Arrays.asList((String[]) rs.getArray("area_codes").getArray()),
                rs.getString("declared_by"),
                rs.getObject("declared_at", OffsetDateTime.class).toInstant(),
                rs.getString("lifted_by"),
                lifted == null ? null : lifted.toInstant(),
                rs.getString("summary"));
    }
}
