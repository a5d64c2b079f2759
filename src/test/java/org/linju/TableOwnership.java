package org.linju;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who owns which table and view (the module whose migration folder creates it) and whom each module may depend on
 * (its {@code allowedDependencies}), and the judgement {@link TableOwnershipTest} passes on each name it finds.
 */
final class TableOwnership {

    static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    static final Path SOURCES = Path.of("src/main/java/org/linju");
    /** The classes directly in {@code org.linju}: the application and its web plumbing, no module's data. */
    static final String ROOT = "org.linju";
    /** Spring Modulith's own tables: read them through its API ({@code EventPublicationRepository}). */
    static final String REGISTRY = "events";
    /**
     * Modules whose Java may read the registry's table: notify pages through the deliveries still pending for the
     * admins' page, which {@code EventPublicationRepository} can only load whole, every event deserialized.
     */
    static final Set<String> REGISTRY_READERS = Set.of("notify");
    /**
     * Table names spliced into SQL from outside their file ({@code file name: spliced expression}), each with a
     * comment saying why it cannot be a literal there. Keep it empty: a module's SQL names its own tables.
     */
    private static final Set<String> SPLICES_ALLOWED = Set.of();

    private static final Pattern ALLOWED =
            Pattern.compile("allowedDependencies\\s*=\\s*(\\{[^}]*}|\"[^\"]*\")", Pattern.DOTALL);
    /** A declared dependency: a module, or one named interface of it ({@code "matters :: events"}). */
    private static final Pattern QUOTED = Pattern.compile("\"\\s*([^\":\\s]+)\\s*(?:::\\s*([^\"]*?)\\s*)?\"");

    record Owner(String module, boolean view) {}

    final Map<String, Owner> owners = owners();
    final Map<String, Set<String>> dependencies = dependencies();

    /**
     * A name in one module's SQL passes if it is no table, the module's own, or a view or foreign key of a module it
     * depends on as a whole.
     */
    void check(String module, String name, boolean foreignKey, Path file, Set<String> violations) {
        Owner owner = owners.get(name);
        if (owner == null || owner.module().equals(module)) {
            return;
        }
        if (owner.module().equals(REGISTRY)
                && REGISTRY_READERS.contains(module)
                && file.toString().endsWith(".java")) {
            return;
        }
        boolean mayDepend = !owner.module().equals(REGISTRY) && mayDependOn(module, owner.module());
        if (mayDepend && (owner.view() || foreignKey)) {
            return;
        }
        violations.add(file + ": " + name + " (" + (owner.view() ? "view" : "table") + " of " + owner.module() + ")");
    }

    /** Every table name spliced into the SQL of a file is a literal of that file, and passes {@link #check}. */
    void checkSplices(String module, Path file, String java, Set<String> violations) {
        for (SqlSplices.Splice splice : SqlSplices.of(java)) {
            if (!splice.tables().isEmpty()) {
                splice.tables().forEach(table -> check(module, table, false, file, violations));
            } else if (!SPLICES_ALLOWED.contains(file.getFileName() + ": " + splice.expression())) {
                violations.add(
                        file + ": table name spliced in from " + splice.expression() + ", not a literal of this file");
            }
        }
    }

    /** Only a dependency on the owner as a whole: a named interface ({@code owner::events}) publishes no SQL. */
    private boolean mayDependOn(String module, String owner) {
        return dependencies.getOrDefault(module, Set.of()).contains(owner);
    }

    static String module(Path file) {
        Path inSources = SOURCES.relativize(file);
        return inSources.getNameCount() == 1 ? ROOT : inSources.getName(0).toString();
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

    /** Each module's declared {@code allowedDependencies}; none where it declares none. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> dependencies = new HashMap<>();
        for (Path info : files(SOURCES, "package-info.java")) {
            if (info.getParent().getParent().equals(SOURCES)) {
                dependencies.put(info.getParent().getFileName().toString(), declared(read(info)));
            }
        }
        return dependencies;
    }

    /** The dependencies a {@code package-info.java} declares: {@code "grid"}, {@code "matters::events"}. */
    static Set<String> declared(String packageInfo) {
        Matcher declared = ALLOWED.matcher(packageInfo);
        if (!declared.find()) {
            return Set.of();
        }
        return Set.copyOf(QUOTED.matcher(declared.group(1))
                .results()
                .map(match -> match.group(2) == null ? match.group(1) : match.group(1) + "::" + match.group(2))
                .toList());
    }

    static List<Path> files(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
