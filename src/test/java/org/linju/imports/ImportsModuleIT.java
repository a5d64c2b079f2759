package org.linju.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.linju.Eventually;
import org.linju.ModuleIntegrationTest;
import org.linju.ModuleTestArea;
import org.linju.audit.AuditAction;
import org.linju.audit.AuditEntry;
import org.linju.audit.AuditFilter;
import org.linju.audit.AuditLog;
import org.linju.identity.Accounts;
import org.linju.identity.CurrentUser;
import org.linju.identity.NewAccount;
import org.linju.identity.Role;
import org.linju.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;

/**
 * The imports module with audit, and identity for the accounts (imports uses only its types, so it would not start
 * it); no module that owns rows: a kind defined here takes the rows whose first cell is filled in and refuses the
 * others. A workbook is read on an import worker, its progress ends with exact counts, each refused row keeps its
 * number and reason, and a job is shown only within its uploader's area.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "identity")
class ImportsModuleIT extends ModuleIntegrationTest {

    /** The only codes used: accounts' scopes and the jobs' area are codes, no region rows are needed. */
    private static final ModuleTestArea AREA = new ModuleTestArea("511798");

    /** The header, then sheet rows 2 to 5: rows 2 and 4 have a name; 3 has none, 5 only spaces. */
    private static final List<List<String>> ROWS = List.of(
            List.of("名称", "备注"), List.of("甲", ""), List.of("", "无名称"), List.of("乙", "二号"), List.of("  ", "只有空格"));

    @Autowired
    Imports imports;

    @Autowired
    Accounts accounts;

    @Autowired
    AuditLog audit;

    @Test
    void aWorkbookIsReadInTheBackgroundAndEndsDoneWithExactCounts() throws Exception {
        CurrentUser uploader = account("imports-module", AREA.community());
        RowsWithAName kind = new RowsWithAName("ROSTER");

        UUID id = imports.start(kind, uploader, "名单.xlsx", workbook(ROWS));
        Eventually.await(() -> imports.status(kind, uploader, id).finished());

        assertThat(imports.status(kind, uploader, id))
                .extracting(
                        ImportJob::status,
                        ImportJob::createdBy,
                        ImportJob::fileName,
                        ImportJob::totalRows,
                        ImportJob::processedRows,
                        ImportJob::accepted,
                        ImportJob::alreadyRegistered,
                        ImportJob::rejected,
                        ImportJob::failure,
                        ImportJob::percent)
                .containsExactly("DONE", "imports-module", "名单.xlsx", 4, 4, 2, 0, 2, null, 100);
        assertThat(kind.readOn).as("read by an import worker, not the caller").startsWith("import-");
        assertThat(kind.stored).containsExactly("甲", "乙");
        assertThat(imports.refused(kind, uploader, id))
                .extracting(RefusedRow::number, RefusedRow::reason, RefusedRow::cells)
                .containsExactly(
                        tuple(3, RowsWithAName.NO_NAME, List.of("无名称")),
                        tuple(5, RowsWithAName.NO_NAME, List.of("只有空格")));
        Eventually.await(() -> !importsAudited(id).isEmpty());
        assertThat(importsAudited(id))
                .extracting(AuditEntry::actor, AuditEntry::subjectType, AuditEntry::detail)
                .containsExactly(
                        tuple("imports-module", "module-test-rows", "accepted=2, alreadyRegistered=0, rejected=2"));
    }

    @Test
    void aJobIsNotShownOutsideItsUploadersAreaNorAsAnotherKind() throws Exception {
        CurrentUser uploader = account("imports-uploader", AREA.community());
        CurrentUser neighbour = account("imports-neighbour", AREA.county() + "002001");
        RowsWithAName kind = new RowsWithAName("ROSTER");
        UUID id = imports.start(kind, uploader, "名单.xlsx", workbook(List.of(List.of("名称", "备注"), List.of("甲", ""))));
        Eventually.await(() -> imports.status(kind, uploader, id).finished());

        assertThat(imports.status(kind, uploader, id).accepted()).isEqualTo(1);
        assertThatThrownBy(() -> imports.status(kind, neighbour, id)).isInstanceOf(JobNotShown.class);
        assertThatThrownBy(() -> imports.refused(kind, neighbour, id)).isInstanceOf(JobNotShown.class);
        assertThatThrownBy(() -> imports.status(new RowsWithAName("REGISTRATION"), uploader, id))
                .as("a job of one kind is none of another's")
                .isInstanceOf(JobNotShown.class);
    }

    private CurrentUser account(String username, String region) {
        accounts.open(NewAccount.scoped(
                username, "模块导入员", Role.COMMUNITY_SECRETARY, Set.of(RegionCode.of(region)), "Temporary2026", false));
        return accounts.loadUserByUsername(username);
    }

    private List<AuditEntry> importsAudited(UUID id) {
        return audit.search(new AuditFilter(null, AuditAction.IMPORT, id.toString(), null, null), 0, 10);
    }

    private static ByteArrayInputStream workbook(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("名单");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            book.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }

    /** A job this kind does not show to the watcher. */
    static final class JobNotShown extends RuntimeException {}

    /**
     * Takes the rows whose first cell is filled in, keeping their names; refuses the others with their second cell.
     * Its name must be one the job table admits (a new kind widens that check in a migration).
     */
    static final class RowsWithAName implements ImportKind {

        static final String NO_NAME = "moduleTest.noName";

        private final String name;
        final List<String> stored = new CopyOnWriteArrayList<>();
        volatile @Nullable String readOn;

        RowsWithAName(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        /** Not asked here: the test starts its jobs through {@link Imports#start} itself. */
        @Override
        public UUID start(CurrentUser uploader, String fileName, InputStream content) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ImportPage page() {
            return new ImportPage("/module-test/import", "moduleTest.title", "/", "moduleTest.back", List.of(), "x-");
        }

        @Override
        public List<String> headers() {
            return List.of("名称", "备注");
        }

        @Override
        public String messagePrefix() {
            return "moduleTest";
        }

        @Override
        public String auditSubject() {
            return "module-test-rows";
        }

        @Override
        public SheetChunks chunksFor(CurrentUser uploader) {
            readOn = Thread.currentThread().getName();
            return rows -> {
                List<RefusedRow> refused = rows.stream()
                        .filter(row -> row.cells().get(0).isBlank())
                        .map(row -> new RefusedRow(
                                row.number(), NO_NAME, null, List.of(row.cells().get(1))))
                        .toList();
                rows.stream()
                        .filter(row -> !row.cells().get(0).isBlank())
                        .forEach(row -> stored.add(row.cells().get(0)));
                return new SheetChunks.Outcome(rows.size() - refused.size(), 0, refused);
            };
        }

        /** The module finds no job outside the watcher's area ({@code null}); this kind adds no rule of its own. */
        @Override
        public ImportJob shownTo(CurrentUser watcher, @Nullable ImportJob job) {
            if (job == null) {
                throw new JobNotShown();
            }
            return job;
        }
    }
}
