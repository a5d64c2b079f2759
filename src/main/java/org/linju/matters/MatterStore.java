package org.linju.matters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.privacy.FieldCipher;
import org.linju.privacy.Masking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Matters as rows: finding and listing them, and storing what a step changes. Intake's batch statement, photos and the
 * timeline have their own stores ({@link IntakeStatement}, {@link MatterPhotos}, {@link MatterTimeline}).
 */
@Repository
class MatterStore {

    static final String PHONE = "matter.reporter_phone";

    private static final String SELECT = """
			select m.*, c.name as category_name from matter m join matter_category c on c.code = m.category_code
			""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Clock clock;

    MatterStore(JdbcClient jdbc, FieldCipher cipher, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.clock = clock;
    }

    List<Category> categories() {
        return jdbc.sql("select * from matter_category order by kind, sort_order, code")
                .query((rs, row) -> new Category(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getString("parent_code"),
                        rs.getString("kind"),
                        rs.getInt("sort_order"),
                        rs.getBoolean("active")))
                .list();
    }

    /**
     * What the public tracking page of a matter shows changes only with these: its stage, version, category, merge,
     * last timeline step, and the same of the matter it was merged into. Indexed reads only.
     */
    Optional<String> trackingVersion(String code) {
        return jdbc.sql("""
				select concat_ws('|', m.stage, m.version, m.category_code, m.merged_into,
				                 (select max(t.id) from matter_timeline t where t.matter_id = m.id),
				                 n.stage, n.version, (select max(t.id) from matter_timeline t where t.matter_id = n.id))
				from matter m left join matter n on n.id = m.merged_into
				where m.tracking_code = ?
				""").param(code).query(String.class).optional();
    }

    Optional<MatterView> find(UUID id) {
        return jdbc.sql(SELECT + " where m.id = ?")
                .param(id)
                .query(this::toView)
                .optional();
    }

    Optional<MatterView> findByTrackingCode(String code) {
        return jdbc.sql(SELECT + " where m.tracking_code = ?")
                .param(code)
                .query(this::toView)
                .optional();
    }

    /** Applies a transition if nobody else changed the matter since {@code version} was read. */
    boolean apply(
            UUID id,
            int version,
            Matter matter,
            @Nullable Urgency urgency,
            @Nullable Difficulty difficulty,
            Deadlines deadlines) {
        return jdbc.sql("""
				update matter set stage = :stage, colour = :colour, reopened = :reopened,
				       urgency = coalesce(:urgency, urgency), difficulty = coalesce(:difficulty, difficulty),
				       accept_due = coalesce(:acceptDue, accept_due), resolve_due = coalesce(:resolveDue, resolve_due),
				       escalated_at = case when cast(:resolveDue as timestamptz) is null then escalated_at end,
				       accepted_at = case when :clearAccepted then null else coalesce(:acceptedAt, accepted_at) end,
				       resolved_at = case when :clearResolved then null else coalesce(:resolvedAt, resolved_at) end,
				       version = version + 1, updated_at = :now
				where id = :id and version = :version
				""")
                        .param("now", utc(clock.instant()))
                        .param("acceptDue", utc(deadlines.acceptDue()))
                        .param("resolveDue", utc(deadlines.resolveDue()))
                        .param("acceptedAt", utc(deadlines.acceptedAt()))
                        .param("resolvedAt", utc(deadlines.resolvedAt()))
                        .param("clearAccepted", deadlines.clearAccepted())
                        .param("clearResolved", deadlines.clearResolved())
                        .param("stage", matter.stage().name())
                        .param(
                                "colour",
                                matter.colour() == null ? null : matter.colour().name())
                        .param("reopened", matter.reopened())
                        .param("urgency", urgency == null ? null : urgency.name())
                        .param("difficulty", difficulty == null ? null : difficulty.name())
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** Hands a red matter to a department (in the transaction that dispatched it). */
    void setDepartment(UUID id, String department) {
        jdbc.sql("update matter set department_code = ? where id = ?")
                .params(department, id)
                .update();
    }

    void markMerged(UUID id, UUID into) {
        jdbc.sql("update matter set merged_into = ? where id = ?")
                .params(into, id)
                .update();
    }

    List<String> mergedTrackingCodes(UUID into) {
        return jdbc.sql("select tracking_code from matter where merged_into = ? order by reported_at")
                .param(into)
                .query(String.class)
                .list();
    }

    /** Records a rating; a reopening rating ({@code resolveDue} given) also starts a new resolution period. */
    boolean rate(UUID id, int version, Matter matter, Rating rating, @Nullable Instant resolveDue) {
        return jdbc.sql("""
				update matter set stage = :stage, reopened = :reopened, rating = :rating, version = version + 1,
				       updated_at = :now,
				       resolved_at = case when cast(:due as timestamptz) is null then resolved_at end,
				       resolve_due = coalesce(cast(:due as timestamptz), resolve_due),
				       escalated_at = case when cast(:due as timestamptz) is null then escalated_at end
				where id = :id and version = :version
				""")
                        .param("stage", matter.stage().name())
                        .param("reopened", matter.reopened())
                        .param("rating", rating.name())
                        .param("now", utc(clock.instant()))
                        .param("due", utc(resolveDue))
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /**
     * Likely duplicates of a report at (lat, lng), as a condition on {@code matter m} followed by their order: same
     * category, within 50 m and 7 days, not voided or merged, the nearest ten first. The SP-GiST index of points
     * (V9_0) finds candidates in a box of ±55 m, nearest first; the exact distance is checked after.
     */
    static String nearby(String category, String lat, String lng) {
        return """
				point(m.lng, m.lat) <@ box(point(%3$s - 55 / (111195.0 * cos(radians(%2$s))), %2$s - 55 / 111195.0),
				                           point(%3$s + 55 / (111195.0 * cos(radians(%2$s))), %2$s + 55 / 111195.0))
				  and m.category_code = %1$s and m.reported_at > now() - interval '7 days' and m.lat is not null
				  and m.stage not in ('VOIDED', 'MERGED') and metres_between(m.lat, m.lng, %2$s, %3$s) <= 50
				order by point(m.lng, m.lat) <-> point(%3$s, %2$s) limit 10
				""".formatted(category, lat, lng);
    }

    /** Likely duplicates of a matter, other than itself ({@link #nearby(String, String, String)}). */
    List<String> nearby(UUID id, String category, double lat, double lng) {
        return jdbc.sql("select m.tracking_code from matter m where m.id <> :id and "
                        + nearby("cast(:category as varchar)", "cast(:lat as float8)", "cast(:lng as float8)"))
                .param("id", id)
                .param("category", category)
                .param("lat", lat)
                .param("lng", lng)
                .query(String.class)
                .list();
    }

    boolean assignGrid(UUID id, int version, String gridCode) {
        return jdbc.sql("""
				update matter set grid_code = ?, district_code = ?, version = version + 1, updated_at = ?
				where id = ? and version = ? and grid_code is null
				""")
                        .params(gridCode, gridCode.substring(0, 6), utc(clock.instant()), id, version)
                        .update()
                == 1;
    }

    private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The reporter's phone, masked; empty when none was given. */
    Optional<String> maskedReporterPhone(UUID id) {
        return jdbc.sql("select reporter_phone_cipher from matter where id = ? and reporter_phone_cipher is not null")
                .param(id)
                .query(String.class)
                .optional()
                .map(cipherText -> Masking.phone(cipher.decrypt(cipherText, PHONE)));
    }

    private MatterView toView(ResultSet rs, int row) throws SQLException {
        return new MatterView(
                rs.getObject("id", UUID.class),
                rs.getString("tracking_code"),
                rs.getString("district_code"),
                rs.getString("grid_code"),
                rs.getString("category_code"),
                rs.getString("category_name"),
                rs.getString("description"),
                Channel.valueOf(rs.getString("channel")),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("colour") == null ? null : Colour.valueOf(rs.getString("colour")),
                rs.getString("urgency") == null ? null : Urgency.valueOf(rs.getString("urgency")),
                rs.getString("difficulty") == null ? null : Difficulty.valueOf(rs.getString("difficulty")),
                rs.getBoolean("reopened"),
                rs.getInt("version"),
                rs.getObject("reported_at", OffsetDateTime.class).toInstant(),
                (Double) rs.getObject("lat"),
                (Double) rs.getObject("lng"),
                instant(rs, "accept_due"),
                instant(rs, "resolve_due"),
                rs.getString("department_code"),
                rs.getObject("merged_into", UUID.class));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
