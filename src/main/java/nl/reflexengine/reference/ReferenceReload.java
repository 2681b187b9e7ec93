package nl.reflexengine.reference;

import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reloads the reference data without a restart, and keeps every instance on the same data. A reload reads
 * the CSV folder, replaces the tables and counts the load ({@code reference_version}), then this
 * instance's catalog; the other instances (and the running engine, after a command such as {@code
 * reprocess} loaded the files) see the count change at their next look ({@link #followOtherInstances},
 * called by the {@code reference-follow} route) and load the tables.
 */
@Component("referenceReload")
public class ReferenceReload {

    private static final Logger log = LoggerFactory.getLogger(ReferenceReload.class);

    /** What is loaded now: its version, when and from where. */
    public record Status(long version, Instant loadedAt, String source, int clients, int contracts, int branches) {}

    private final ReferenceDataLoader loader;
    private final ReferenceDataStore store;
    private final ReferenceCatalog catalog;
    private final ReferenceProperties properties;
    private final JdbcTemplate jdbc;

    ReferenceReload(
            ReferenceDataLoader loader,
            ReferenceDataStore store,
            ReferenceCatalog catalog,
            ReferenceProperties properties,
            JdbcTemplate jdbc) {
        this.loader = loader;
        this.store = store;
        this.catalog = catalog;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    /**
     * Reads the CSV folder again and makes it what every instance uses.
     *
     * @throws ReferenceDataException when a file is unusable: then nothing changes, anywhere
     */
    public Status reloadFromFiles() {
        Path directory = properties.directory().toAbsolutePath();
        ReferenceData data = loader.load(directory);
        long version = store.replaceAll(data, directory.toString());
        catalog.replace(data, version);
        log.info(
                "Reference data reloaded from {} as version {}: {} clients, {} ZW contracts, {} branches",
                directory,
                version,
                data.clients().size(),
                data.contracts().size(),
                data.branches().size());
        return status();
    }

    /** Loads the tables when another instance or a command loaded newer data than this instance holds. */
    public void followOtherInstances() {
        if (store.version() == catalog.version()) {
            return;
        }
        ReferenceDataStore.Loaded loaded = store.read();
        catalog.replace(loaded.data(), loaded.version());
        log.info(
                "Reference data version {} taken from the database (loaded elsewhere): {} clients, {} ZW contracts,"
                        + " {} branches",
                loaded.version(),
                loaded.data().clients().size(),
                loaded.data().contracts().size(),
                loaded.data().branches().size());
    }

    public Status status() {
        ReferenceData data = catalog.data();
        return jdbc.queryForObject(
                "select version, loaded_at, source from reference_version where id = 1",
                (rs, row) -> new Status(
                        catalog.version(),
                        rs.getTimestamp("loaded_at").toInstant(),
                        rs.getString("source"),
                        data.clients().size(),
                        data.contracts().size(),
                        data.branches().size()));
    }
}
