package nl.reflexengine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.util.FileSystemUtils;

/**
 * The fresh places a run writes to, removed when it ends, also when it fails or is interrupted: a temporary
 * folder, and in it the H2 files of each loop; or on PostgreSQL one schema per loop, {@code bench_<run>_<loop>},
 * so that a run neither sees nor disturbs anything else in that database. The folder exists on PostgreSQL too
 * (the mailbox run's UWV files).
 */
final class BenchStore implements AutoCloseable {

    /** Where one loop writes: its JDBC URL and user, and on PostgreSQL its schema. */
    record Place(String url, String username, String password, String schema) {

        boolean postgresql() {
            return schema != null;
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, username, password);
        }

        /** Points the engine here; on PostgreSQL its migrations and every query go to the place's schema. */
        Map<String, Object> engineSettings() {
            Map<String, Object> settings = new HashMap<>();
            settings.put("spring.datasource.url", url);
            settings.put("spring.datasource.username", username);
            settings.put("spring.datasource.password", password);
            if (postgresql()) {
                settings.put("spring.flyway.default-schema", schema);
                settings.put("spring.flyway.schemas", schema);
            }
            return settings;
        }

        @Override
        public String toString() {
            return url + " as " + username; // a record would print its password
        }
    }

    private final BenchDatabase database;
    private final Path folder;
    private final String run;
    private final PrintStream progress;
    private final List<String> schemas = new ArrayList<>();
    private final Thread onInterrupt = new Thread(this::close, "bench-store-cleanup");
    private boolean closed;

    private BenchStore(BenchDatabase database, Path folder, PrintStream progress) {
        this.database = database;
        this.folder = folder;
        this.progress = progress;
        this.run = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** A new store; on PostgreSQL it connects once, so an unreachable database fails before any measuring. */
    static BenchStore open(BenchDatabase database, PrintStream progress) throws IOException, SQLException {
        BenchStore store = new BenchStore(database, Files.createTempDirectory("reflex-bench-"), progress);
        Runtime.getRuntime().addShutdownHook(store.onInterrupt); // Ctrl-C runs no finally block
        if (database instanceof BenchDatabase.PostgreSql postgresql) {
            try (Connection check = store.admin(postgresql)) {
                progress.printf(
                        "bench: PostgreSQL %s, schemas bench_%s_* (dropped at the end)%n",
                        check.getMetaData().getDatabaseProductVersion(), store.run);
            } catch (SQLException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }

    /** The temporary folder, for files besides the database. */
    Path folder() {
        return folder;
    }

    /** A fresh place of its own for one loop, named for it ({@code bare}, {@code pipeline}, ...). */
    synchronized Place place(String name) throws SQLException {
        if (database instanceof BenchDatabase.PostgreSql postgresql) {
            String schema = "bench_" + run + "_" + name;
            try (Connection admin = admin(postgresql);
                    Statement create = admin.createStatement()) {
                // an identifier cannot be a bound parameter; this one is ours: hex digits and a loop's name
                create.execute("create schema " + schema);
            }
            schemas.add(schema);
            return new Place(
                    postgresql.jdbcUrl() + "?currentSchema=" + schema,
                    postgresql.user(),
                    postgresql.password(),
                    schema);
        }
        String options = ((BenchDatabase.H2) database).options();
        return new Place("jdbc:h2:file:" + folder.resolve(name).toAbsolutePath() + options, "bench", "", null);
    }

    /** Drops every schema and deletes the folder; says which schema to drop by hand if that fails. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(onInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // this is the hook
        }
        if (!schemas.isEmpty()) {
            BenchDatabase.PostgreSql postgresql = (BenchDatabase.PostgreSql) database;
            for (String schema : schemas) {
                try (Connection admin = admin(postgresql);
                        Statement drop = admin.createStatement()) {
                    // when interrupted, an engine still shutting down may hold a lock: give up rather than hang
                    drop.execute("set lock_timeout = '10s'");
                    drop.execute("drop schema " + schema + " cascade");
                } catch (SQLException e) {
                    progress.printf(
                            "bench: could not drop schema %s (%s); drop it with: drop schema %s cascade%n",
                            schema, e.getMessage(), schema);
                }
            }
        }
        FileSystemUtils.deleteRecursively(folder.toFile());
    }

    private static Connection admin(BenchDatabase.PostgreSql postgresql) throws SQLException {
        return DriverManager.getConnection(postgresql.jdbcUrl(), postgresql.user(), postgresql.password());
    }
}
