package org.linju.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar linju.jar verify-audit}: checks the whole audit chain and prints where it breaks; the exit
 * code is 0 for an intact chain and 3 for a broken one, so it can run from cron or monitoring.
 */
@Component
class VerifyAuditCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String COMMAND = "verify-audit";

    private final AuditLog log;
    private int exitCode;

    VerifyAuditCommand(AuditLog log) {
        this.log = log;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(COMMAND)) {
            return;
        }
        ChainVerdict verdict = log.verify();
        if (verdict.intact()) {
            System.out.printf("audit chain intact: %d entries checked%n", verdict.entriesChecked());
        } else {
            System.out.printf(
                    "audit chain BROKEN at entry #%d (%s) after %d entries%n",
                    verdict.brokenAt(),
                    "audit.chain.edited".equals(verdict.problem())
                            ? "content changed after it was written"
                            : "an entry before it was deleted, inserted or moved",
                    verdict.entriesChecked());
            exitCode = 3;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
