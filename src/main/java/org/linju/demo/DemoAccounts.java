package org.linju.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.linju.grid.GridShape;
import org.linju.grid.RegionView;
import org.linju.identity.Accounts;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.GridCode;
import org.linju.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * One demo sign-in per role, all with the demo password: scoped to the district, the first community (the home
 * community) or its first grid (the home grid); the housing department's staff see the first grid of the second,
 * third and fourth communities, the grids their department packages.
 */
@Component
class DemoAccounts {

    private final Accounts accounts;

    DemoAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Whether the database already holds accounts. */
    boolean anyOpen() {
        return accounts.anyExist();
    }

    void open(List<RegionView> communities, Map<RegionView, List<GridShape>> grids) {
        RegionView home = communities.get(0);
        RegionCode homeCommunity = RegionCode.of(home.code());
        GridCode homeGrid = grids.get(home).get(0).code();
        Set<RegionCode> packagedGrids = Set.of(
                grids.get(communities.get(1)).get(0).code().asRegion(),
                grids.get(communities.get(2)).get(0).code().asRegion(),
                grids.get(communities.get(3)).get(0).code().asRegion());
        List<NewAccount> demo = List.of(
                account("admin", "区管理员 陈明", Role.DISTRICT_ADMIN, Set.of(RegionCode.of(DemoDistrict.DISTRICT))),
                account("liaison", "联系领导 刘建国", Role.LIAISON_LEADER, Set.of(homeCommunity)),
                account("dept", "区住建局 周敏", Role.DEPARTMENT_STAFF, packagedGrids),
                account("street", "街道干部 王芳", Role.STREET_STAFF, Set.of(homeCommunity.parent())),
                account("secretary", "社区书记 李静", Role.COMMUNITY_SECRETARY, Set.of(homeCommunity)),
                account("leader", "网格长 张伟", Role.GRID_LEADER, Set.of(homeGrid.asRegion())),
                account("worker", "网格员 杨洋", Role.GRID_WORKER, Set.of(homeGrid.asRegion())),
                account("building", "楼栋长 赵强", Role.BUILDING_LEADER, Set.of(homeGrid.asRegion())),
                account("resident", "居民 黄丽", Role.RESIDENT, Set.of()));
        accounts.openAllWithSamePassword(demo, DemoDistrict.DEMO_PASSWORD);
    }

    private static NewAccount account(String username, String displayName, Role role, Set<RegionCode> scope) {
        return NewAccount.scoped(username, displayName, role, scope, DemoDistrict.DEMO_PASSWORD, false);
    }
}
