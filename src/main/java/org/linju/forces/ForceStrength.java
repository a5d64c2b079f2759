package org.linju.forces;

import java.util.List;
import org.linju.identity.GridScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** How many people of each force kind serve in an area and how many of them are available now. */
@Service
public class ForceStrength {

    /** One force kind: its people in the area and how many of them are available. */
    public record KindLine(ForceKind kind, long members, long available) {}

    private final JdbcClient jdbc;

    ForceStrength(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The strength by kind (ordered by kind name) inside both the area codes and the viewer's scope. */
    public List<KindLine> byKind(List<String> area, GridScope scope) {
        String[] areaPatterns = area.stream().map(code -> code + "%").toArray(String[]::new);
        return jdbc.sql("""
				select kind, count(*) as members, count(*) filter (where available) as available from force_member
				where coalesce(grid_code, community_code) like any (cast(:area as text[]))
				  and coalesce(grid_code, community_code) like any (cast(:scope as text[]))
				group by kind order by kind
				""")
                .param("area", areaPatterns)
                .param("scope", scope.sqlPatterns())
                .query((rs, row) -> new KindLine(
                        ForceKind.valueOf(rs.getString("kind")), rs.getLong("members"), rs.getLong("available")))
                .list();
    }
}
