package org.linju.funds;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.linju.grid.AreaChoices;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.springframework.stereotype.Component;

/**
 * What the line form offers to pick (the classification catalogue, the district's departments, the accounts of the
 * caller's area, the areas of the tree in scope), and the check that a submitted line holds only what was offered.
 */
@Component
public class LineChoices {

    private final Departments departments;
    private final Accounts accounts;
    private final AreaChoices areas;

    LineChoices(Departments departments, Accounts accounts, AreaChoices areas) {
        this.departments = departments;
        this.accounts = accounts;
        this.areas = areas;
    }

    public List<String> units() {
        return departments.all().stream().map(Department::name).toList();
    }

    /** The caller and every sign-in whose area lies in the caller's, in name order. */
    public List<String> owners(CurrentUser user) {
        TreeSet<String> owners = new TreeSet<>(accounts.usernamesWithin(user.scope()));
        owners.add(user.getUsername());
        return new ArrayList<>(owners);
    }

    public List<AreaChoices.Area> areas(CurrentUser user) {
        return areas.tree(user.scope());
    }

    void check(CurrentUser user, NewBudgetLine line) {
        if (line.name() == null || line.name().isBlank() || line.name().strip().length() > 200) {
            throw new FundsRefused("funds.line.name");
        }
        if (line.fiscalYear() < 2000 || line.fiscalYear() > 2100) {
            throw new FundsRefused("funds.line.year");
        }
        if (Classifications.find(line.classification()).isEmpty()) {
            throw new FundsRefused("funds.line.classification");
        }
        if (!units().contains(line.ownerUnit())) {
            throw new FundsRefused("funds.line.unit");
        }
        if (!owners(user).contains(line.ownerAccount())) {
            throw new FundsRefused("funds.line.owner");
        }
        if (areas(user).stream().noneMatch(area -> area.code().equals(line.areaCode()))) {
            throw new FundsRefused("funds.line.area");
        }
    }
}
