package org.linju.grid;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.shared.GridCode;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.stereotype.Service;

/** Reads grids within a viewer's scope, and the public board of a community. */
@Service
public class Grids {

    private final GridStore grids;
    private final GridBoundaryStore boundaries;
    private final RegionStore regions;
    private final List<GovernanceRoles> roles;
    private final List<AnnualTasks> annualTasks;

    Grids(
            GridStore grids,
            GridBoundaryStore boundaries,
            RegionStore regions,
            List<GovernanceRoles> roles,
            List<AnnualTasks> annualTasks) {
        this.roles = roles;
        this.annualTasks = annualTasks;
        this.grids = grids;
        this.boundaries = boundaries;
        this.regions = regions;
    }

    public GridViews.GridCard card(GridCode code, GridScope scope) {
        if (!scope.covers(code.asRegion())) {
            throw new OutOfScope(code.value());
        }
        return grids.card(code.value()).orElseThrow(() -> new RegionNotFound(code.value()));
    }

    public GridViews.GridDetail detail(GridCode code, GridScope scope) {
        GridViews.GridCard card = card(code, scope);
        return new GridViews.GridDetail(
                card,
                grids.members(List.of(code.value())),
                grids.stations(card.communityCode(), Optional.of(code.value())));
    }

    /** The viewer's grids as a GeoJSON FeatureCollection. */
    public String featureCollection(GridScope scope) {
        return boundaries.featureCollection(scope);
    }

    /** A community's grids as GeoJSON, for its public board: boundaries are public. */
    public String publicFeatureCollection(RegionCode community) {
        return boundaries.featureCollectionOfCommunity(community.value());
    }

    public GridViews.CommunityBoard communityBoard(RegionCode community) {
        if (community.level() != RegionLevel.COMMUNITY) {
            throw new RegionNotFound(community.value());
        }
        RegionView node = regions.find(community.value(), GridScope.none())
                .orElseThrow(() -> new RegionNotFound(community.value()));
        RegionView street = regions.find(node.parentCode(), GridScope.none()).orElseThrow();
        RegionView district =
                regions.find(street.parentCode(), GridScope.none()).orElseThrow();
        List<String> gridCodes = grids.gridCodesOfCommunity(community.value());
        List<GridViews.Member> members = grids.members(gridCodes);
        List<RegionView> gridNodes = grids.inCommunity(community.value(), GridScope.of(List.of(community)));
        List<GovernanceRoles.Holder> holders = roles.stream()
                .flatMap(source -> source.ofGrids(gridCodes).stream())
                .toList();
        List<GridViews.DutyLine> dutyChart = gridNodes.stream()
                .map(grid -> new GridViews.DutyLine(
                        grid.code(),
                        grid.name(),
                        members.stream()
                                .filter(member -> member.gridCode().equals(grid.code()))
                                .toList(),
                        holders.stream()
                                .filter(holder -> holder.gridCode().equals(grid.code()))
                                .toList()))
                .toList();
        return new GridViews.CommunityBoard(
                node.code(),
                node.name(),
                street.name(),
                district.name(),
                grids.organisationsOfCommunity(community.value()),
                dutyChart,
                grids.stations(community.value(), Optional.empty()),
                annualTasks.stream()
                        .findFirst()
                        .map(tasks -> tasks.ofCommunity(community.value()))
                        .orElseGet(AnnualTasks.Listing::none));
    }

    /** Whether a grid has this code: a well-formed code may still name no grid. */
    public boolean exists(String code) {
        return grids.exists(code);
    }

    /** The codes of the grids within a scope. */
    public Set<String> codesWithin(GridScope scope) {
        return new HashSet<>(grids.codesInScope(scope));
    }
}
