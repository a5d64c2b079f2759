package org.linju;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries hold in SQL too, where Spring Modulith's {@code verify()} cannot see: a table belongs to the
 * module whose migration folder ({@code db/migration/<module>/}) creates it, and only that module names it, in its
 * Java or its migrations. A view is what a module publishes for others to read in SQL (where one join must do, for
 * speed): any module allowed to depend on its owner may read it. A foreign key may point along an allowed
 * dependency. Spring Modulith's event publication registry belongs to no business module: nobody queries it.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/org/linju");
    /** Spring Modulith's own tables: read them through its API ({@code EventPublicationRepository}). */
    private static final String REGISTRY = "events";
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

    private static final Pattern ALLOWED =
            Pattern.compile("allowedDependencies\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([^\":]+)(?:::[^\"]*)?\"");

    record Owner(String module, boolean view) {}

    private final Map<String, Owner> owners = owners();
    private final Map<String, @Nullable Set<String>> dependencies = dependencies();

    @Test
    void noModuleNamesAnotherModulesTablesInItsJava() {
        Set<String> violations = new LinkedHashSet<>();
        for (Path file : files(SOURCES, ".java")) {
            String module = SOURCES.relativize(file).getName(0).toString();
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

    private void check(String module, String name, boolean foreignKey, Path file, Set<String> violations) {
        Owner owner = owners.get(name);
        if (owner == null || owner.module().equals(module)) {
            return;
        }
        boolean mayDepend = !owner.module().equals(REGISTRY) && mayDependOn(module, owner.module());
        if (mayDepend && (owner.view() || foreignKey)) {
            return;
        }
        violations.add(file + ": " + name + " (" + (owner.view() ? "view" : "table") + " of " + owner.module() + ")");
    }

    private boolean mayDependOn(String module, String owner) {
        Set<String> allowed = dependencies.get(module);
        return allowed == null || allowed.contains(owner);
    }

    private static Map<String, Owner> owners() {
        Map<String, Owner> owners = new TreeMap<>();
        for (Path file : files(MIGRATIONS, ".sql")) {
            String module = MIGRATIONS.relativize(file).getName(0).toString();
            Matcher created = SqlText.CREATED.matcher(SqlText.withoutComments(read(file)));
            while (created.find()) {
                boolean view = created.group(1).toLowerCase(Locale.ROOT).endsWith("view");
                owners.put(created.group(2).toLowerCase(Locale.ROOT), new Owner(module, view));
            }
        }
        return owners;
    }

    /** Each module's declared {@code allowedDependencies}; null where it declares none (then any is allowed). */
    private static Map<String, @Nullable Set<String>> dependencies() {
        Map<String, @Nullable Set<String>> dependencies = new HashMap<>();
        for (Path info : files(SOURCES, "package-info.java")) {
            if (info.getParent().getParent().equals(SOURCES)) {
                Matcher declared = ALLOWED.matcher(read(info));
                dependencies.put(
                        info.getParent().getFileName().toString(),
                        declared.find()
                                ? Set.copyOf(QUOTED.matcher(declared.group(1))
                                        .results()
                                        .map(match -> match.group(1))
                                        .toList())
                                : null);
            }
        }
        return dependencies;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
