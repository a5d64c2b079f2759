package org.linju;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linju.TableOwnership.MIGRATIONS;
import static org.linju.TableOwnership.REGISTRY;
import static org.linju.TableOwnership.ROOT;
import static org.linju.TableOwnership.SOURCES;
import static org.linju.TableOwnership.declared;
import static org.linju.TableOwnership.files;
import static org.linju.TableOwnership.module;
import static org.linju.TableOwnership.read;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.linju.TableOwnership.Owner;

/**
 * Module boundaries hold in SQL too, where Spring Modulith's {@code verify()} cannot see: a table belongs to the
 * module whose migration folder ({@code db/migration/<module>/}) creates it, and only that module names it, in its
 * Java or its migrations. A view is what a module publishes for others to read in SQL (where one join must do, for
 * speed): any module allowed to depend on its owner as a whole may read it ({@code "matters :: events"} allows the
 * events only). A foreign key may point along such a dependency. A module that declares no dependencies ({@code
 * shared}, open) and the classes of the root package may read no other module's tables or views. A table name
 * spliced into SQL must be a literal of the same file, so that it can be judged. Spring Modulith's event publication
 * registry belongs to no business module: only notify's Java reads it, to page through the deliveries still pending.
 */
class TableOwnershipTest {

    /**
     * Applied migrations cannot change (Flyway refuses a changed checksum). These copied rows across once, when one
     * import-job table replaced the residents' and the forces' own, and when import jobs took their uploader's area.
     */
    private static final Set<String> APPLIED_COPIES = Set.of(
            "V9_1__import_jobs.sql:resident_import",
            "V9_1__import_jobs.sql:resident_import_rejection",
            "V9_1__import_jobs.sql:force_import",
            "V9_1__import_jobs.sql:force_import_rejection",
            "V10_21__import_job_area.sql:account");

    private final TableOwnership rules = new TableOwnership();
    private final Map<String, Owner> owners = rules.owners;
    private final Map<String, Set<String>> dependencies = rules.dependencies;

    @Test
    void noModuleNamesAnotherModulesTablesInItsJava() {
        Set<String> violations = new LinkedHashSet<>();
        for (Path file : files(SOURCES, ".java")) {
            String module = module(file);
            List<String> literals = SqlText.literals(read(file));
            for (String literal : literals) {
                for (SqlText.Name name : SqlText.names(literal)) {
                    check(module, name.name(), false, file, violations);
                }
            }
            if (literals.stream().anyMatch(SqlText::endsAtSplicePoint)) {
                for (String spliced : SqlText.bareNames(literals, owners.keySet())) {
                    check(module, spliced, false, file, violations);
                }
            }
        }
        assertThat(violations)
                .as(
                        "SQL in one module's Java naming another module's tables (ask the owner's API or a view it publishes)")
                .isEmpty();
    }

    @Test
    void everyTableNameSplicedIntoSqlIsALiteralOfItsFile() {
        Set<String> violations = new LinkedHashSet<>();
        for (Path file : files(SOURCES, ".java")) {
            checkSplices(module(file), file, read(file), violations);
        }
        assertThat(violations)
                .as("table names spliced into SQL from elsewhere (let the module owning the table write its SQL)")
                .isEmpty();
    }

    @Test
    void noMigrationNamesAnotherModulesTablesExceptByAllowedForeignKeys() {
        Set<String> violations = new LinkedHashSet<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            if (module.equals(REGISTRY)) {
                continue;
            }
            for (SqlText.Name name : SqlText.names(read(file))) {
                if (!APPLIED_COPIES.contains(file.getFileName() + ":" + name.name())) {
                    check(module, name.name(), name.foreignKey(), file, violations);
                }
            }
        }
        assertThat(violations)
                .as("migrations naming another module's tables (a foreign key may point along an allowed dependency)")
                .isEmpty();
    }

    @Test
    void knowsWhoOwnsWhat() {
        assertThat(owners)
                .containsEntry("grid", new Owner("grid", false))
                .containsEntry("department", new Owner("identity", false))
                .containsEntry("matter", new Owner("matters", false))
                .containsEntry("event_publication", new Owner(REGISTRY, false))
                .containsEntry("area_name", new Owner("grid", true))
                .containsEntry("department_name", new Owner("identity", true));
        assertThat(dependencies.get("matters")).contains("grid", "identity").doesNotContain("forces");
        assertThat(SqlText.names("select exists (select 1 from grid where code = ?)"))
                .contains(new SqlText.Name("grid", false));
        assertThat(SqlText.names("select g.name from matter m, grid g where g.gridCode = 'grid'"))
                .extracting(SqlText.Name::name)
                .containsExactly("matter", "grid");
        assertThat(SqlText.literals("// from grid\nString a = \"from \\\"x\\\" join region r\"; /* into grid */"))
                .containsExactly("from \"x\" join region r");
    }

    @Test
    void judgesEachReadByItsOwnerAndTheReadersAllowedDependencies() {
        Set<String> violations = new LinkedHashSet<>();
        Path file = Path.of("example");
        check("matters", "area_name", false, file, violations);
        check("matters", "grid", true, file, violations);
        check("grid", "grid", false, file, violations);
        assertThat(violations)
                .as("a published view, an allowed foreign key, one's own table")
                .isEmpty();
        check("matters", "grid", false, file, violations);
        check("audit", "area_name", false, file, violations);
        check("identity", "grid", true, Path.of("V1__identity.sql"), violations);
        check("notify", "event_publication", false, file, violations);
        assertThat(violations)
                .containsExactly(
                        "example: grid (table of grid)",
                        "example: area_name (view of grid)",
                        "V1__identity.sql: grid (table of grid)",
                        "example: event_publication (table of events)");
        assertThat(SqlText.names("Every grid has a leader; gridCode names its grid"))
                .isEmpty();
    }

    @Test
    void readsDeclaredDependenciesAsWritten() {
        assertThat(declared(
                        "@ApplicationModule(allowedDependencies = {\"shared\", \"matters :: events\", \" forces \"})"))
                .containsExactlyInAnyOrder("shared", "matters::events", "forces");
        assertThat(declared("@ApplicationModule(allowedDependencies = \"audit\")"))
                .containsExactly("audit");
        assertThat(declared("@ApplicationModule(type = ApplicationModule.Type.OPEN)"))
                .isEmpty();
        assertThat(dependencies.get("notify"))
                .contains("matters::events", "forces")
                .doesNotContain("matters", "matters ");
        assertThat(dependencies.get("shared")).isEmpty();
        assertThat(dependencies).doesNotContainKey(ROOT);
    }

    @Test
    void anEventsOnlyDependencyOrNoneAtAllGrantsNoViewsNorForeignKeys() {
        owners.put("matter_summary", new Owner("matters", true));
        Set<String> violations = new LinkedHashSet<>();
        check("notify", "forces_membership", false, Path.of("example"), violations);
        assertThat(violations).as("notify depends on forces as a whole").isEmpty();
        check("notify", "matter_summary", false, Path.of("example"), violations);
        check("notify", "matter", true, Path.of("example"), violations);
        check("shared", "area_name", false, Path.of("shared-example"), violations);
        check(ROOT, "area_name", false, Path.of("root-example"), violations);
        check(ROOT, "grid", false, Path.of("root-example"), violations);
        assertThat(violations)
                .containsExactly(
                        "example: matter_summary (view of matters)",
                        "example: matter (table of matters)",
                        "shared-example: area_name (view of grid)",
                        "root-example: area_name (view of grid)",
                        "root-example: grid (table of grid)");
    }

    @Test
    void aTableNameSplicedInFromOutsideItsFileIsAViolation() {
        String java = """
                class KeyRotation {
                    static final String TABLE = "resident";
                    void rotate(EncryptedColumn column, EncryptedColumn other, String table) {
                        jdbc.sql("select count(*) from " + column.table() + " where x not like ?");
                        jdbc.sql("update %s set x = ? where id = ?".formatted(table));
                        jdbc.sql(String.format("delete from %s", other.table()));
                        jdbc.sql("select * from " + TABLE + " where id = ?");
                        jdbc.sql("select * from %2$s where a = %1$s".formatted(a, "matter"));
                        jdbc.sql("delete from " + (all ? "grid" : "resident"));
                        jdbc.sql("select " + key + " as k from resident");
                        log.info("request from " + address);
                    }
                }
                """;
        assertThat(SqlSplices.of(java))
                .extracting(SqlSplices.Splice::expression)
                .containsExactly(
                        "column.table()",
                        "table",
                        "other.table()",
                        "TABLE",
                        "\"matter\"",
                        "(all ? \"grid\" : \"resident\")");
        Set<String> violations = new LinkedHashSet<>();
        checkSplices("residents", Path.of("KeyRotation.java"), java, violations);
        assertThat(violations)
                .containsExactly(
                        "KeyRotation.java: table name spliced in from column.table(), not a literal of this file",
                        "KeyRotation.java: table name spliced in from table, not a literal of this file",
                        "KeyRotation.java: table name spliced in from other.table(), not a literal of this file",
                        "KeyRotation.java: matter (table of matters)",
                        "KeyRotation.java: grid (table of grid)");
    }

    private void check(String module, String name, boolean foreignKey, Path file, Set<String> violations) {
        rules.check(module, name, foreignKey, file, violations);
    }

    private void checkSplices(String module, Path file, String java, Set<String> violations) {
        rules.checkSplices(module, file, java, violations);
    }
}
