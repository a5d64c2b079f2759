package org.linju.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.Department;
import org.linju.identity.Departments;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The funds module tests' county (511787), made once: a water bureau, a county administrator, staff of its first
 * street and of another street; and the lines and payments the tests start from.
 */
abstract class FundsLineFixture extends ModuleIntegrationTest {

    static final ModuleTestArea AREA = new ModuleTestArea("511787");
    static final String UNIT = "模块水利局";

    @Autowired
    BudgetLines lines;

    @Autowired
    PerformanceTargets targets;

    @Autowired
    LinePayments payments;

    @Autowired
    Accounts accounts;

    @Autowired
    Departments departments;

    @Autowired
    JdbcClient jdbc;

    CurrentUser admin;

    @BeforeEach
    void area() {
        if (jdbc.sql("select count(*) from region where code = ?")
                        .param(AREA.community())
                        .query(Integer.class)
                        .single()
                == 0) {
            AREA.create(jdbc);
            departments.register(List.of(new Department("M787", UNIT, "Module water bureau")));
            open("funds-admin", Role.DISTRICT_ADMIN, AREA.county());
            open("funds-street", Role.STREET_STAFF, AREA.county() + "001");
            open("funds-other", Role.STREET_STAFF, AREA.county() + "002");
        }
        admin = accounts.loadUserByUsername("funds-admin");
    }

    private void open(String username, Role role, String area) {
        accounts.open(NewAccount.scoped(username, username, role, Set.of(RegionCode.of(area)), "Temporary2026", false));
    }

    UUID draft(String amountYuan, String area) {
        return lines.create(admin, newLine(amountYuan, area));
    }

    NewBudgetLine newLine(String amountYuan, String area) {
        return new NewBudgetLine(
                2026,
                "防洪工程 " + UUID.randomUUID(),
                FundSource.CENTRAL,
                "2130314",
                UNIT,
                "funds-admin",
                area,
                new BigDecimal(amountYuan));
    }

    UUID active(String amountYuan) {
        UUID id = draft(amountYuan, AREA.community());
        targets.add(
                admin,
                id,
                new NewTarget(TargetDimension.QUANTITY, "堤防加固长度", "公里", true, BigDecimal.ZERO, new BigDecimal("12")));
        lines.activate(admin, id);
        return id;
    }

    NewPayment payment(String yuan, String voucher) {
        return new NewPayment(
                LocalDate.of(2026, 5, 10),
                new BigDecimal(yuan),
                NewPayment.PayeeKind.ORGANISATION,
                "宜春水利建设有限公司",
                voucher,
                null,
                null);
    }
}
