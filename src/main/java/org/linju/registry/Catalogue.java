package org.linju.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.linju.identity.CurrentUser;
import org.linju.identity.Departments;
import org.linju.identity.OutOfScope;
import org.linju.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grid work list: its categories and items, and the filings that alone change an item. A filing locks the item's
 * row ({@code FOR UPDATE}) before it changes it, so it waits for assignments of the item still under way and every
 * assignment after it reads the new state.
 */
@Service
public class Catalogue {

    private final JdbcClient jdbc;
    private final Departments departments;
    private final Clock clock;

    Catalogue(JdbcClient jdbc, Departments departments, Clock clock) {
        this.jdbc = jdbc;
        this.departments = departments;
        this.clock = clock;
    }

    /**
     * Whether the role may file admissions, bans and exits: district admins only, because the list binds every grid of
     * the district and a street may not change it for the others.
     */
    public static boolean mayFile(CurrentUser user) {
        return user.role() == Role.DISTRICT_ADMIN;
    }

    private static void requireFiler(CurrentUser by) {
        if (!mayFile(by)) {
            throw new OutOfScope("the grid work list");
        }
    }

    /** The categories in order, each with its items. */
    public List<WorkCategory> categories() {
        Map<String, List<WorkItem>> items = new LinkedHashMap<>();
        for (WorkItem item : items()) {
            items.computeIfAbsent(item.categoryCode(), code -> new ArrayList<>())
                    .add(item);
        }
        return jdbc.sql("select * from work_category order by position, code")
                .query((rs, row) -> new WorkCategory(
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        items.getOrDefault(rs.getString("code"), List.of())))
                .list();
    }

    /** Every item, in category and code order. */
    public List<WorkItem> items() {
        return jdbc.sql("""
				select i.* from work_item i join work_category c on c.code = i.category_code
				order by c.position, i.code
				""").query(Catalogue::item).list();
    }

    public Optional<WorkItem> item(String code) {
        return jdbc.sql("select * from work_item where code = ?")
                .param(code)
                .query(Catalogue::item)
                .optional();
    }

    /** The item's filings, oldest first. */
    public List<Filing> history(String code) {
        return jdbc.sql("select * from work_item_filing where item_code = ? order by id")
                .param(code)
                .query(Catalogue::filing)
                .list();
    }

    @Transactional
    public void addCategory(String code, String name, String nameEn, int position) {
        jdbc.sql("insert into work_category (code, name, name_en, position) values (?, ?, ?, ?)")
                .params(code, name, nameEn, position)
                .update();
    }

    /** Puts a new item on the list with its admission filing. */
    @Transactional
    public WorkItem admitNew(NewItem item, FilingRequest admission, CurrentUser by) {
        requireFiler(by);
        if (admission.kind() != FilingKind.ADMIT || !admission.itemCode().equals(item.code())) {
            throw new FilingRefused("registry.refused.firstFilingAdmits");
        }
        if (item(item.code()).isPresent()) {
            throw new FilingRefused("registry.refused.itemExists");
        }
        jdbc.sql("""
				insert into work_item (code, category_code, name, name_en, convenience, state)
				values (?, ?, ?, ?, ?, 'ADMITTED')
				""")
                .params(item.code(), item.categoryCode(), item.name(), item.nameEn(), item.convenience())
                .update();
        return file(admission, by);
    }

    /** Keeps a filing and changes the item to what it says, the item's row locked until the end. */
    @Transactional
    public WorkItem file(FilingRequest filing, CurrentUser by) {
        requireFiler(by);
        FilingRules.check(filing, departments);
        jdbc.sql("select code from work_item where code = ? for update")
                .param(filing.itemCode())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new FilingRefused("registry.refused.noSuchItem"));
        jdbc.sql("update work_item set state = ?, reason = ?, exits_on = ? where code = ?")
                .params(
                        FilingRules.stateAfter(filing.kind()).name(),
                        filing.kind() == FilingKind.ADMIT ? null : FilingRules.blankToNull(filing.reason()),
                        filing.kind() == FilingKind.EXIT ? filing.exitsOn() : null,
                        filing.itemCode())
                .update();
        jdbc.sql("""
				insert into work_item_filing (item_code, kind, department_code, basis, filed_on, approver, reason,
				                              exits_on, filed_by, filed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""")
                .params(
                        filing.itemCode(),
                        filing.kind().name(),
                        filing.departmentCode(),
                        filing.basis().strip(),
                        filing.filedOn(),
                        filing.approver().strip(),
                        FilingRules.blankToNull(filing.reason()),
                        filing.exitsOn(),
                        by.getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        return item(filing.itemCode()).orElseThrow();
    }

    static WorkItem item(ResultSet rs, int row) throws SQLException {
        return new WorkItem(
                rs.getString("code"),
                rs.getString("category_code"),
                rs.getString("name"),
                rs.getString("name_en"),
                rs.getBoolean("convenience"),
                ItemState.valueOf(rs.getString("state")),
                rs.getString("reason"),
                rs.getObject("exits_on", LocalDate.class));
    }

    private static Filing filing(ResultSet rs, int row) throws SQLException {
        return new Filing(
                rs.getLong("id"),
                rs.getString("item_code"),
                FilingKind.valueOf(rs.getString("kind")),
                rs.getString("department_code"),
                rs.getString("basis"),
                rs.getObject("filed_on", LocalDate.class),
                rs.getString("approver"),
                rs.getString("reason"),
                rs.getObject("exits_on", LocalDate.class),
                rs.getString("filed_by"),
                rs.getTimestamp("filed_at").toInstant());
    }
}
