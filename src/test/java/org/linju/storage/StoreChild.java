package org.linju.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A stand-in for a Linju process: starts the embedded store, commits a row, says so, and waits to be killed.
 */
public final class StoreChild {

    private StoreChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresStore store = EmbeddedPostgresStore.start(Path.of(args[0]), 0);
        try (Connection connection = store.database("linju").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists survivor (note text)");
            statement.execute("insert into survivor values ('" + args[1] + "')");
        }
        System.out.println("COMMITTED " + store.port());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
