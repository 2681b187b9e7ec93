package nl.reflexengine.durability;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.annotation.PostConstruct;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes committed work durable before anything outside the database relies on it.
 *
 * <p>H2 keeps a commit in memory and writes it to its file in the background (its WRITE_DELAY). An engine
 * killed in between loses its latest commits, all of them at once: the file always holds a consistent
 * earlier state. That loses nothing as long as nobody outside the database has acted on those commits yet:
 * the mail or file a lost outcome came from is still in the mailbox or drop and is read again, and no
 * confirmation or UWV message built from a lost row has left. So every place that lets go of a source, or
 * sends what a row says, calls {@link #flush()} first, and everything else commits at memory speed.
 *
 * <p>Writing to the file costs about as much for twenty commits as for one (the same pages are rewritten),
 * so callers arriving while a write is under way share the next one (group commit).
 *
 * <p>On PostgreSQL a commit is durable when it returns (its write-ahead log is flushed at commit), so there
 * is nothing left to do: {@link #flush()} returns at once.
 */
@Component("durability")
public class Durability implements MeterBinder {

    private static final Logger LOG = LoggerFactory.getLogger(Durability.class);

    private final JdbcTemplate jdbc;
    private final ReentrantLock writing = new ReentrantLock();
    /** Numbers handed to callers of {@link #flush()}, each taken after the caller's commits. */
    private final AtomicLong requests = new AtomicLong();
    /** Every request up to this number is on disk. Written under {@link #writing}. */
    private volatile long durableUpTo;

    private final AtomicLong writes = new AtomicLong();

    /** H2, whose commits reach the file later; false for a database whose commit is durable itself. */
    private final boolean writesInBackground;

    @Autowired
    public Durability(JdbcTemplate jdbc) {
        this(jdbc, "H2".equals(jdbc.execute((ConnectionCallback<String>)
                        connection -> connection.getMetaData().getDatabaseProductName())));
    }

    Durability(JdbcTemplate jdbc, boolean writesInBackground) {
        this.jdbc = jdbc;
        this.writesInBackground = writesInBackground;
    }

    /** Refuses to start when durability cannot be had: better no engine than one that may lose messages. */
    @PostConstruct
    void checkTheDatabaseLetsUsFlush() {
        try {
            flush();
        } catch (DataAccessException e) {
            throw new IllegalStateException(
                    "The engine cannot make its work durable (H2 CHECKPOINT failed). The database user must be"
                            + " the database's admin, as the user that created it is: " + e.getMostSpecificCause(),
                    e);
        }
        if (!writesInBackground) {
            warnWhenPostgresqlCommitsAreNotDurable();
        }
    }

    /**
     * On PostgreSQL the commit is the durability, unless its settings say otherwise; a warning, not a refusal:
     * a throw-away database (the tests') may trade it for speed, and a DBA decides per database or user.
     */
    private void warnWhenPostgresqlCommitsAreNotDurable() {
        String product = jdbc.execute((ConnectionCallback<String>)
                connection -> connection.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(product)) {
            return;
        }
        for (String setting : List.of("fsync", "synchronous_commit")) {
            String value = jdbc.queryForObject("show " + setting, String.class);
            if ("off".equals(value)) {
                LOG.warn(
                        "PostgreSQL runs with {}=off: a crash of the database server can lose commits the engine"
                                + " already acted on (a mail moved, a confirmation sent). Set it on for the engine's"
                                + " database or user.",
                        setting);
            }
        }
    }

    /**
     * Returns once every commit this thread made before the call is on disk. Must not be called inside a
     * transaction: only committed work is made durable.
     */
    public void flush() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // H2 commits the open transaction on CHECKPOINT: one outcome's work would be split in two
            throw new IllegalStateException("flush() inside a transaction: make work durable after it commits");
        }
        long request = requests.incrementAndGet();
        if (!writesInBackground) {
            return;
        }
        writing.lock();
        try {
            if (durableUpTo >= request) {
                return; // a write that started after our commits has covered them while we waited
            }
            // every number handed out so far belongs to a caller whose commits are done: this write covers it
            long covered = requests.get();
            writeToDisk();
            writes.incrementAndGet();
            durableUpTo = covered;
        } finally {
            writing.unlock();
        }
    }

    /**
     * H2 writes every commit made so far to its file. Needs the database's admin user, as the engine's own
     * user is: it creates the schema.
     */
    void writeToDisk() {
        jdbc.execute("CHECKPOINT");
    }

    /** How many writes to the file {@link #flush()} made so far; flushes per write show the grouping. */
    long writes() {
        return writes.get();
    }

    long flushes() {
        return requests.get();
    }

    /** Metrics {@code reflex.durability.writes} and {@code reflex.durability.flushes}: what durability costs. */
    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("reflex.durability.writes", this, Durability::writes)
                .description("Writes of committed work to the database file (H2 CHECKPOINT)")
                .register(registry);
        FunctionCounter.builder("reflex.durability.flushes", this, Durability::flushes)
                .description("Requests to make committed work durable; several share one write")
                .register(registry);
    }
}
