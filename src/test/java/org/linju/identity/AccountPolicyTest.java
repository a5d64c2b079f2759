package org.linju.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.linju.shared.RegionCode;

/** Who may give which role and area: district admins everything in their district, a street's staff their street. */
class AccountPolicyTest {

    private static final RegionCode DISTRICT = RegionCode.of("511703");
    private static final RegionCode STREET = RegionCode.of("511703001");
    private static final RegionCode OTHER_STREET = RegionCode.of("511703002");
    private static final RegionCode COMMUNITY = RegionCode.of("511703001001");
    private static final RegionCode GRID = RegionCode.of("51170300100101");

    private static CurrentUser user(Role role, RegionCode area) {
        return new CurrentUser(
                UUID.randomUUID(), "someone", null, "某人", role, GridScope.of(Set.of(area)), false, true, null);
    }

    private static ManagedAccount account(Role role, List<String> areas, boolean unrestricted) {
        return new ManagedAccount(
                UUID.randomUUID(),
                "x",
                "某人",
                role,
                areas,
                unrestricted,
                null,
                true,
                false,
                false,
                false,
                Instant.EPOCH);
    }

    @Test
    void aStreetsStaffGiveTheRolesBelowTheirsInsideTheirStreetOnly() {
        CurrentUser street = user(Role.STREET_STAFF, STREET);
        assertThat(AccountPolicy.refusal(street, Role.GRID_WORKER, Set.of(GRID)))
                .isEmpty();
        assertThat(AccountPolicy.refusal(street, Role.COMMUNITY_SECRETARY, Set.of(COMMUNITY)))
                .isEmpty();
        assertThat(AccountPolicy.refusal(street, Role.STREET_STAFF, Set.of(STREET)))
                .as("a peer's account, whose password a reset would hand over")
                .contains("account.refused.role");
        assertThat(AccountPolicy.refusal(
                        street, Role.COMMUNITY_SECRETARY, Set.of(RegionCode.of(OTHER_STREET.value() + "001"))))
                .contains("account.refused.area");
        assertThat(AccountPolicy.refusal(street, Role.DISTRICT_ADMIN, Set.of(DISTRICT)))
                .contains("account.refused.role");
        assertThat(AccountPolicy.refusal(street, Role.LIAISON_LEADER, Set.of(COMMUNITY)))
                .contains("account.refused.role");
        assertThat(AccountPolicy.refusal(street, Role.DEPARTMENT_STAFF, Set.of(GRID)))
                .contains("account.refused.role");
    }

    @Test
    void anAreaMustSitAtTheLevelItsRoleWorksAt() {
        CurrentUser admin = user(Role.DISTRICT_ADMIN, DISTRICT);
        assertThat(AccountPolicy.refusal(admin, Role.GRID_WORKER, Set.of(COMMUNITY)))
                .contains("account.refused.areaLevel");
        assertThat(AccountPolicy.refusal(admin, Role.DISTRICT_ADMIN, Set.of(STREET)))
                .contains("account.refused.areaLevel");
        assertThat(AccountPolicy.refusal(admin, Role.GRID_WORKER, Set.of())).contains("account.refused.noArea");
        assertThat(AccountPolicy.refusal(admin, Role.RESIDENT, Set.of(GRID))).contains("account.refused.residentArea");
        assertThat(AccountPolicy.refusal(admin, Role.DEPARTMENT_STAFF, Set.of(GRID, COMMUNITY)))
                .isEmpty();
        assertThat(AccountPolicy.refusal(user(Role.GRID_LEADER, GRID), Role.GRID_WORKER, Set.of(GRID)))
                .contains("account.refused.notAdmin");
    }

    @Test
    void anAdminManagesOnlyAccountsWhoseWholeAreaLiesInsideTheirsAndWhoseRoleTheyMayGive() {
        CurrentUser street = user(Role.STREET_STAFF, STREET);
        CurrentUser admin = user(Role.DISTRICT_ADMIN, DISTRICT);
        ManagedAccount worker = account(Role.GRID_WORKER, List.of(GRID.value()), false);
        ManagedAccount straddling = account(Role.DEPARTMENT_STAFF, List.of(GRID.value(), "51170300200101"), false);
        ManagedAccount resident = account(Role.RESIDENT, List.of(), false);
        ManagedAccount wholeDistrict = account(Role.DISTRICT_ADMIN, List.of(), true);

        assertThat(AccountPolicy.manages(street, worker)).isTrue();
        assertThat(AccountPolicy.manages(street, straddling)).isFalse();
        assertThat(AccountPolicy.manages(street, resident)).isFalse();
        assertThat(AccountPolicy.manages(admin, straddling)).isTrue();
        assertThat(AccountPolicy.manages(admin, resident)).isTrue();
        assertThat(AccountPolicy.manages(admin, wholeDistrict))
                .as("an unrestricted admin lies above a district-wide one")
                .isFalse();
    }
}
