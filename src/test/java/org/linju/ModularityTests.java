package org.linju;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.util.FileSystemUtils;

class ModularityTests {

    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    private final ApplicationModules modules = ApplicationModules.of(LinjuApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Cleared first, so that documentation left by an earlier build cannot pass for this one. */
    @Test
    void writesModuleDocumentation() throws IOException {
        FileSystemUtils.deleteRecursively(DOCS);

        new Documenter(modules).writeDocumentation();

        String all = Files.readString(DOCS.resolve("all-docs.adoc"));
        String overview = Files.readString(DOCS.resolve("components.puml"));
        assertThat(modules.stream()).hasSizeGreaterThan(10).allSatisfy(module -> {
            assertThat(all)
                    .contains("== " + module.getDisplayName() + "\n")
                    .contains("include::" + fileOf(module, ".adoc") + "[]");
            assertThat(DOCS.resolve(fileOf(module, ".puml"))).isNotEmptyFile();
            assertThat(DOCS.resolve(fileOf(module, ".adoc"))).isNotEmptyFile();
            if (takesPartInADependency(module)) {
                assertThat(overview).contains("\"" + module.getDisplayName() + "\"");
            }
        });
    }

    /** The overview diagram draws only modules with an arrow; storage has none (it is reached through Spring). */
    private boolean takesPartInADependency(ApplicationModule module) {
        return !module.getDirectDependencies(modules).isEmpty()
                || modules.stream()
                        .anyMatch(other -> other.getDirectDependencies(modules).contains(module));
    }

    private static String fileOf(ApplicationModule module, String extension) {
        return "module-" + module.getIdentifier() + extension;
    }
}
