package org.linju.grid;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.linju.identity.GridScope;
import org.linju.identity.OutOfScope;
import org.linju.shared.RegionCode;
import org.linju.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/** Browses the tree within a viewer's scope. */
@Service
public class Regions {

    /** How much of the tree a scope holds. */
    public record Coverage(long streets, long communities, long grids) {}

    private final RegionStore regions;
    private final GridStore grids;
    /** Configured, or else the tree's first district once read. */
    private volatile @Nullable RegionCode homeDistrict;

    /** @throws IllegalArgumentException at start when {@code linju.home-district} is set but is no district code */
    Regions(RegionStore regions, GridStore grids, @Value("${linju.home-district:}") @Nullable String homeDistrict) {
        this.regions = regions;
        this.grids = grids;
        String configured = homeDistrict == null ? "" : homeDistrict.strip();
        if (!configured.isEmpty()
                && (!RegionCode.isValid(configured) || RegionCode.of(configured).level() != RegionLevel.DISTRICT)) {
            throw new IllegalArgumentException(
                    "linju.home-district must be a district's 6-digit region code, not '" + configured + "'");
        }
        this.homeDistrict = configured.isEmpty() ? null : RegionCode.of(configured);
    }

    /**
     * The district that runs this platform, whose admins take what no grid covers (reports outside every grid): the
     * configured {@code linju.home-district}, or else the first district in the tree (a tree normally holds one).
     *
     * @throws IllegalStateException when the tree holds no district yet
     */
    public RegionCode homeDistrict() {
        RegionCode known = homeDistrict;
        if (known == null) {
            // Read once: a district, once imported, stays the tree's first.
            known = regions.firstDistrictCode()
                    .map(RegionCode::of)
                    .orElseThrow(() ->
                            new IllegalStateException("no district in the region tree: import the regions first"));
            homeDistrict = known;
        }
        return known;
    }

    public List<RegionView> districts(GridScope scope) {
        return regions.districts(scope);
    }

    /** A node the viewer may open: one in scope, or one on the path down to it. */
    public RegionView node(RegionCode code, GridScope scope) {
        if (!scope.leadsTo(code)) {
            throw new OutOfScope(code.value());
        }
        if (code.level() == RegionLevel.GRID) {
            return grids.card(code.value())
                    .map(card -> new RegionView(card.code(), card.name(), RegionLevel.GRID, card.communityCode(), 1))
                    .orElseThrow(() -> new RegionNotFound(code.value()));
        }
        return regions.find(code.value(), scope).orElseThrow(() -> new RegionNotFound(code.value()));
    }

    public List<RegionView> children(RegionCode code, GridScope scope) {
        RegionView node = node(code, scope);
        if (node.level() == RegionLevel.GRID) {
            return List.of();
        }
        if (node.level() == RegionLevel.COMMUNITY) {
            return grids.inCommunity(code.value(), scope);
        }
        return regions.children(code.value(), scope);
    }

    public Coverage coverage(GridScope scope) {
        return new Coverage(
                regions.countInScope(RegionLevel.STREET, scope),
                regions.countInScope(RegionLevel.COMMUNITY, scope),
                grids.countInScope(scope));
    }

    /** The codes of the communities within a scope. */
    public Set<String> communitiesWithin(GridScope scope) {
        return new HashSet<>(regions.communityCodesInScope(scope));
    }
}
