package org.linju.identity;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The enabled accounts holding one role inside an area, with the areas they serve: who a cycle rates (the grid leaders
 * of a district, each with the grids that are their scope roots).
 */
@Service
public class RoleHolders {

    /** One account and the roots of its scope. */
    public record Holder(UUID id, String username, String displayName, List<String> areas) {

        public Holder {
            areas = List.copyOf(areas);
        }
    }

    private final JdbcClient jdbc;

    RoleHolders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Enabled holders of the role whose whole area lies inside this one, by username. */
    public List<Holder> within(Role role, GridScope area) {
        return jdbc.sql("select a.id, a.username, a.display_name, a.scope_codes from account a where a.enabled"
                        + " and a.role = :role and " + AccountStore.WITHIN_AREA + " order by a.username")
                .param("role", role.name())
                .param("patterns", area.sqlPatterns())
                .query((rs, row) -> new Holder(
                        rs.getObject("id", UUID.class),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        Arrays.asList((String[]) rs.getArray("scope_codes").getArray())))
                .list();
    }
}
