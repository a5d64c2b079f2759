package org.linju.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.linju.grid.RegionImport;
import org.linju.grid.RegionView;
import org.linju.grid.Regions;
import org.linju.identity.GridScope;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Component;

/** Dachuan's real streets and communities, and the 28 urban communities of its street offices the demo grids. */
@Component
class DemoRegions {

    static final int URBAN_COMMUNITIES = 28;

    private final RegionImport regionImport;
    private final Regions regions;

    DemoRegions(RegionImport regionImport, Regions regions) {
        this.regionImport = regionImport;
        this.regions = regions;
    }

    /** Whether the database already holds a district. */
    boolean anyImported() {
        return !regions.districts(GridScope.unrestricted()).isEmpty();
    }

    /** Imports the district's streets and villages, then picks the urban communities. */
    List<RegionView> importUrbanCommunities() {
        importRegions();
        return urbanCommunities();
    }

    private void importRegions() {
        try (Reader streets = DemoResources.open("regions/511703/streets.csv");
                Reader villages = DemoResources.open("regions/511703/villages.csv")) {
            regionImport.importCounty(DemoDistrict.DISTRICT, "达川区", streets, villages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Communities (社区) of the street offices (街道), taken round-robin across streets until there are 28. */
    private List<RegionView> urbanCommunities() {
        List<Deque<RegionView>> byStreet = new ArrayList<>();
        for (RegionView street : regions.children(RegionCode.of(DemoDistrict.DISTRICT), GridScope.unrestricted())) {
            if (street.name().endsWith("街道")) {
                byStreet.add(new ArrayDeque<>(
                        regions.children(RegionCode.of(street.code()), GridScope.unrestricted()).stream()
                                .filter(community -> community.name().endsWith("社区"))
                                .toList()));
            }
        }
        List<RegionView> chosen = new ArrayList<>();
        while (chosen.size() < URBAN_COMMUNITIES && byStreet.stream().anyMatch(queue -> !queue.isEmpty())) {
            for (Deque<RegionView> queue : byStreet) {
                if (!queue.isEmpty() && chosen.size() < URBAN_COMMUNITIES) {
                    chosen.add(queue.poll());
                }
            }
        }
        chosen.sort(Comparator.comparing(RegionView::code));
        return chosen;
    }
}
