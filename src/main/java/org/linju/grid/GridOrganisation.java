package org.linju.grid;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.linju.shared.GridCode;
import org.linju.shared.RegionCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the party organisations, people on duty, studios and workstations of grids. */
@Service
public class GridOrganisation {

    public record NewPartyOrganisation(String name, RegionCode community, List<GridCode> grids) {

        Formation formation() {
            return grids.size() > 1 ? Formation.JOINT : Formation.SINGLE;
        }
    }

    public record NewMember(
            GridCode grid, Duty duty, String name, @Nullable String title, int sortOrder) {}

    public record NewStation(
            StationKind kind,
            String name,
            RegionCode community,
            @Nullable GridCode grid,
            String address) {}

    private final JdbcClient jdbc;
    private final BoardChanges boards;

    GridOrganisation(JdbcClient jdbc, BoardChanges boards) {
        this.jdbc = jdbc;
        this.boards = boards;
    }

    @Transactional
    public void formPartyOrganisations(List<NewPartyOrganisation> organisations) {
        boards.changed();
        for (NewPartyOrganisation organisation : organisations) {
            UUID id = UUID.randomUUID();
            jdbc.sql("insert into party_organisation (id, name, formation, community_code) values (?, ?, ?, ?)")
                    .params(
                            id,
                            organisation.name(),
                            organisation.formation().name(),
                            organisation.community().value())
                    .update();
            for (GridCode grid : organisation.grids()) {
                jdbc.sql("insert into party_organisation_grid (organisation_id, grid_code) values (?, ?)")
                        .params(id, grid.value())
                        .update();
            }
        }
    }

    /** Puts people on duty; a grid leader is the grid's party secretary (一肩挑). */
    @Transactional
    public void assign(List<NewMember> members) {
        boards.changed();
        for (NewMember member : members) {
            jdbc.sql("""
					insert into grid_member (id, grid_code, duty, name, title, party_secretary, sort_order)
					values (?, ?, ?, ?, ?, ?, ?)
					""")
                    .params(
                            UUID.randomUUID(),
                            member.grid().value(),
                            member.duty().name(),
                            member.name(),
                            member.title(),
                            member.duty() == Duty.GRID_LEADER,
                            member.sortOrder())
                    .update();
        }
    }

    @Transactional
    public void open(List<NewStation> stations) {
        boards.changed();
        for (NewStation station : stations) {
            jdbc.sql("""
					insert into grid_station (id, kind, name, community_code, grid_code, address)
					values (?, ?, ?, ?, ?, ?)
					""")
                    .params(
                            UUID.randomUUID(),
                            station.kind().name(),
                            station.name(),
                            station.community().value(),
                            station.grid() == null ? null : station.grid().value(),
                            station.address())
                    .update();
        }
    }
}
