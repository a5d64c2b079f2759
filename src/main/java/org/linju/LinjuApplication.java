package org.linju;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
// shared holds value types and a few beans every module may use (e.g. PublicBaseUrl): module tests always include it.
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableScheduling
public class LinjuApplication {

    /** Commands that run once against the database and exit instead of serving the web app. */
    private static final String[] COMMANDS = {"import-regions", "rotate-keys", "verify-audit"};

    private static String[] append(String[] args, String arg) {
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = arg;
        return all;
    }

    public static void main(String[] args) {
        boolean command =
                Arrays.stream(args).anyMatch(arg -> Arrays.asList(COMMANDS).contains(arg));
        SpringApplication application = new SpringApplication(LinjuApplication.class);
        if (command) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        String[] effective = command ? append(args, "--linju.demo.enabled=false") : args;
        ConfigurableApplicationContext context = application.run(effective);
        if (command) {
            System.exit(SpringApplication.exit(context));
        }
    }
}
