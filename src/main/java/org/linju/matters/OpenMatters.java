package org.linju.matters;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The open matters of an area in some colours, within a scope: what a meeting of that area puts on its agenda (the
 * red and yellow ones). Red first, then the oldest. Also the categories such a module's form may file a matter under.
 */
@Service
public class OpenMatters {

    /** An open matter as an agenda names it. */
    public record Line(
            UUID id,
            String trackingCode,
            String categoryName,
            Colour colour,
            @Nullable String gridCode) {}

    /** A category a matter filed from another module's form may take: code and name (Chinese, English). */
    public record Kind(String code, String name, String nameEn) {}

    private final JdbcClient jdbc;
    private final MatterCatalogue catalogue;

    OpenMatters(JdbcClient jdbc, MatterCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    /** The active categories, for a form of another module that files a matter through {@link Intake}. */
    public List<Kind> categories() {
        return catalogue.categories().stream()
                .map(c -> new Kind(c.code(), c.name(), c.nameEn()))
                .toList();
    }

    public List<Line> in(String areaCode, Collection<Colour> colours, GridScope scope, int limit) {
        return jdbc.sql("""
				select m.id, m.tracking_code, c.name, m.colour, m.grid_code
				from matter m join matter_category c on c.code = m.category_code
				where m.grid_code like :area and m.grid_code like any (cast(:scope as text[]))
				  and m.colour = any (cast(:colours as text[])) and %s
				order by array_position(array['RED', 'YELLOW', 'GREEN'], cast(m.colour as text)), m.reported_at, m.id
				limit :limit
				""".formatted(MatterList.OPEN))
                .param("area", areaCode + "%")
                .param("scope", scope.sqlPatterns())
                .param("colours", colours.stream().map(Colour::name).toArray(String[]::new))
                .param("limit", limit)
                .query((rs, row) -> new Line(
                        rs.getObject("id", UUID.class),
                        rs.getString("tracking_code"),
                        rs.getString("name"),
                        Colour.valueOf(rs.getString("colour")),
                        rs.getString("grid_code")))
                .list();
    }
}
