package org.linju.grid.web;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.linju.grid.RegionImport;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar linju.jar import-regions --county=511703 --name=达川区 --streets=streets.csv
 * --villages=villages.csv} builds a county's tree from the china-division CSV files, then exits.
 */
@Component
class RegionImportCommand implements ApplicationRunner {

    static final String COMMAND = "import-regions";

    private final RegionImport regionImport;

    RegionImportCommand(RegionImport regionImport) {
        this.regionImport = regionImport;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.getNonOptionArgs().contains(COMMAND)) {
            return;
        }
        String county = required(args, "county");
        try (Reader streets = Files.newBufferedReader(Path.of(required(args, "streets")), StandardCharsets.UTF_8);
                Reader villages =
                        Files.newBufferedReader(Path.of(required(args, "villages")), StandardCharsets.UTF_8)) {
            String name =
                    args.containsOption("name") ? args.getOptionValues("name").get(0) : county;
            RegionImport.Summary summary = regionImport.importCounty(county, name, streets, villages);
            System.out.printf(
                    "Imported county %s: %d streets, %d communities%n",
                    summary.countyCode(), summary.streets(), summary.communities());
        }
    }

    private static String required(ApplicationArguments args, String option) {
        if (!args.containsOption(option) || args.getOptionValues(option).isEmpty()) {
            throw new IllegalArgumentException("import-regions needs --" + option + "=...");
        }
        return args.getOptionValues(option).get(0);
    }
}
