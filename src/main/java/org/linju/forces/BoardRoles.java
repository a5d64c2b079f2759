package org.linju.forces;

import java.util.Comparator;
import java.util.List;
import org.linju.grid.GovernanceRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Feeds the duty charts into the community's public "four charts" page: names only, who acts now and the B. */
@Component
class BoardRoles implements GovernanceRoles {

    private final JdbcClient jdbc;

    BoardRoles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Holder> ofGrids(List<String> gridCodes) {
        return jdbc
                .sql("""
				select d.grid_code, d.role, h.name as holder, h.available, b.name as backup
				from grid_duty d join force_member h on h.id = d.holder_id left join force_member b on b.id = d.backup_id
				where d.grid_code = any (cast(? as text[]))
				""")
                .param(gridCodes.toArray(String[]::new))
                .query((rs, row) -> {
                    boolean switched = !rs.getBoolean("available") && rs.getString("backup") != null;
                    GovernanceRole role = GovernanceRole.valueOf(rs.getString("role"));
                    return new Holder(
                            rs.getString("grid_code"),
                            "force.role." + role.name(),
                            switched ? rs.getString("backup") : rs.getString("holder"),
                            rs.getString("backup"),
                            switched);
                })
                .list()
                .stream()
                .sorted(Comparator.comparing(
                        holder -> GovernanceRole.valueOf(holder.roleKey().substring(11))))
                .toList();
    }
}
