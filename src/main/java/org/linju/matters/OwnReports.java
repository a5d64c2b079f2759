package org.linju.matters;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.linju.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The reports a signed-in resident sent, newest first, as far as the public tracking page tells about them. */
@Service
public class OwnReports {

    /** One report; {@code mergedInto} is the tracking code of the matter that carries it on, if it was a duplicate. */
    public record Report(
            String trackingCode,
            String categoryName,
            Stage stage,
            Instant reportedAt,
            @Nullable Instant resolveDue,
            @Nullable String mergedInto) {}

    private static final int SHOWN = 20;

    private final JdbcClient jdbc;

    OwnReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Report> of(CurrentUser user) {
        return jdbc.sql("""
				select m.tracking_code, c.name, coalesce(t.stage, m.stage) as stage, m.reported_at,
				       coalesce(t.resolve_due, m.resolve_due) as resolve_due, t.tracking_code as merged_into
				from matter m join matter_category c on c.code = m.category_code
				left join matter t on t.id = m.merged_into
				where m.created_by = :username
				order by m.reported_at desc limit :limit
				""")
                .param("username", user.getUsername())
                .param("limit", SHOWN)
                .query((rs, row) -> new Report(
                        rs.getString(1),
                        rs.getString(2),
                        Stage.valueOf(rs.getString(3)),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        instant(rs.getObject(5, OffsetDateTime.class)),
                        rs.getString(6)))
                .list();
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
