package org.linju.demo;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.linju.forces.Forces;
import org.linju.grid.GridOrganisation.NewMember;
import org.linju.grid.GridOrganisation.NewPartyOrganisation;
import org.linju.grid.GridShape;
import org.linju.grid.RegionView;
import org.linju.residents.Residents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the demo district from the numbers of the source page: Dachuan's real streets and communities, 28 urban
 * communities with 287 grids, 208 grid party organisations (some joint), 28 grid studios, 208 workstations, 33
 * property or owners'-committee people on grid party committees, and one demo sign-in per role. Same seed, same
 * district: each concern's demo data has its own class, called here in a fixed order from one seeded random.
 */
@Service
public class DemoDistrict {

    public static final String DISTRICT = "511703";
    public static final String DEMO_PASSWORD = "Linju@2026";
    static final long SEED = 511703L;

    private static final Logger log = LoggerFactory.getLogger(DemoDistrict.class);

    private final DemoRegions regions;
    private final DemoGridBoundaries boundaries;
    private final DemoGridOrganisation organisation;
    private final DemoDepartments departments;
    private final DemoAccounts accounts;
    private final Forces forces;
    private final Residents residents;
    private final List<DemoChapter> chapters;

    DemoDistrict(
            DemoRegions regions,
            DemoGridBoundaries boundaries,
            DemoGridOrganisation organisation,
            DemoDepartments departments,
            DemoAccounts accounts,
            Forces forces,
            Residents residents,
            List<DemoChapter> chapters) {
        this.regions = regions;
        this.boundaries = boundaries;
        this.organisation = organisation;
        this.departments = departments;
        this.accounts = accounts;
        this.forces = forces;
        this.residents = residents;
        this.chapters = chapters;
    }

    /** Loads the district unless the database already holds accounts or regions. Returns whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        if (accounts.anyOpen() || regions.anyImported()) {
            return false;
        }
        load();
        return true;
    }

    private void load() {
        long started = System.nanoTime();
        Random random = new Random(SEED);
        ChineseNames names = new ChineseNames(random);
        List<RegionView> communities = regions.importUrbanCommunities();
        Map<RegionView, List<GridShape>> grids = boundaries.register(communities, new DemoGeometry(random));
        List<GridShape> allGrids = grids.values().stream().flatMap(List::stream).toList();
        List<NewPartyOrganisation> parties = organisation.formPartyOrganisations(grids);
        List<NewMember> members = organisation.assignMembers(allGrids, names, random);
        organisation.openStations(grids, parties);
        departments.register();
        accounts.open(communities, grids);
        departments.placeDemoStaff();
        new DemoForces(forces, random, names).register(communities, grids, members, departments.codes());
        int registered = residents
                .register(new DemoResidents(random, names).forGrids(allGrids, 2))
                .size();
        log.info("Registered {} demo residents", registered);
        chapters.forEach(chapter -> chapter.load(random));
        log.info(
                "Loaded the demo district {}: {} communities, {} grids, {} party organisations in {} ms",
                DISTRICT,
                communities.size(),
                allGrids.size(),
                parties.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
