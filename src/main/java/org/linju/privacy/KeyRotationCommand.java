package org.linju.privacy;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar linju.jar rotate-keys [--batch=1000]}: re-encrypts personal data under the active key (set
 * {@code linju.privacy.active-key} to the new key id first, keeping the old key configured), printing progress.
 * Stop it at any time; running it again continues where it stopped.
 */
@Component
class KeyRotationCommand implements ApplicationRunner {

    static final String COMMAND = "rotate-keys";

    private final KeyRotation rotation;

    KeyRotationCommand(KeyRotation rotation) {
        this.rotation = rotation;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().contains(COMMAND)) {
            return;
        }
        int batch = args.containsOption("batch")
                ? Integer.parseInt(args.getOptionValues("batch").get(0))
                : 1_000;
        long total = rotation.remaining();
        System.out.printf("%d residents have fields under an old key%n", total);
        long done = rotation.rotate(
                "system:" + COMMAND,
                batch,
                rows -> System.out.printf(
                        "rotated %d / %d (%d%%)%n", rows, total, total == 0 ? 100 : rows * 100 / total));
        System.out.printf("done: %d residents re-encrypted, %d left%n", done, rotation.remaining());
    }
}
