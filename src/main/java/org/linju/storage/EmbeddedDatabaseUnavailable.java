package org.linju.storage;

import java.nio.file.Path;

/** The embedded PostgreSQL could not be started or reached. */
public class EmbeddedDatabaseUnavailable extends RuntimeException {

    EmbeddedDatabaseUnavailable(Path dataDirectory, Exception cause) {
        super("The embedded PostgreSQL in " + dataDirectory + " could not be started: " + cause.getMessage(), cause);
    }

    EmbeddedDatabaseUnavailable(String message) {
        super(message);
    }
}
