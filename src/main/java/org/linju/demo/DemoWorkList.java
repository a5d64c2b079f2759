package org.linju.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.registry.Catalogue;
import org.linju.registry.FilingKind;
import org.linju.registry.FilingRequest;
import org.linju.registry.NewItem;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The grid work list of the source (6 categories, 24 items, 12 of them convenience services moved down to the grids),
 * each admitted by a filing, plus two items the list no longer holds: one banned as formalism (基层减负), one retired to
 * the urban-management teams.
 */
@Component
@Order(30)
class DemoWorkList implements DemoChapter {

    static final String BANNED = "D04";
    static final String RETIRED = "B04";
    private static final LocalDate ADOPTED = LocalDate.of(2024, 3, 1);
    private static final String BASIS = "大川区网格工作事项清单（6类24项）";
    private static final String APPROVER = "区委社会工作部 审批";

    private final Catalogue catalogue;
    private final Accounts accounts;

    DemoWorkList(Catalogue catalogue, Accounts accounts) {
        this.catalogue = catalogue;
        this.accounts = accounts;
    }

    @Override
    public void load(Random random) {
        if (!catalogue.categories().isEmpty()) {
            return;
        }
        CurrentUser admin = accounts.loadUserByUsername("admin");
        List<CSVRecord> rows = rows();
        Set<String> categories = new LinkedHashSet<>();
        for (CSVRecord row : rows) {
            if (categories.add(row.get("category"))) {
                catalogue.addCategory(
                        row.get("category"), row.get("category_name"), row.get("category_name_en"), categories.size());
            }
            String code = row.get("code");
            catalogue.admitNew(
                    new NewItem(
                            code,
                            row.get("category"),
                            row.get("name"),
                            row.get("name_en"),
                            Boolean.parseBoolean(row.get("convenience"))),
                    new FilingRequest(
                            code, FilingKind.ADMIT, row.get("department"), BASIS, ADOPTED, APPROVER, null, null),
                    admin);
        }
        banAndRetire(admin);
    }

    /** The two items the list no longer holds, each by its filing. */
    private void banAndRetire(CurrentUser admin) {
        catalogue.file(
                new FilingRequest(
                        BANNED,
                        FilingKind.BAN,
                        "D001",
                        "区委办公室关于持续为基层减负的通知",
                        LocalDate.of(2025, 6, 30),
                        "区委办公室 审批",
                        "形式主义台账，不得向网格摊派",
                        null),
                admin);
        catalogue.file(
                new FilingRequest(
                        RETIRED,
                        FilingKind.EXIT,
                        "D052",
                        "区城市管理局职责调整备案",
                        LocalDate.of(2025, 12, 1),
                        "区委社会工作部 审批",
                        "改由城市管理执法队伍承担",
                        LocalDate.of(2025, 12, 31)),
                admin);
    }

    private static List<CSVRecord> rows() {
        try (Reader reader = DemoResources.open("demo/work-list.csv")) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
