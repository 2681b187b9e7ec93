package nl.reflexengine.cluster;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which instance is reading which SFTP drop file (table {@code drop_file_claim}): a file is claimed before it
 * is read and released once it has moved or reading it failed, so of several instances reading one drop only
 * one reads a file. While it reads, an instance renews its claims; a claim not renewed for the maximum age
 * (its instance died) is taken over by the next instance that finds the file. Every time is the database's,
 * so the instances' clocks and time zones do not matter. An instance releases only claims it made itself.
 */
public class DropFileClaims implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(DropFileClaims.class);

    private final JdbcTemplate jdbc;
    private final String instance;
    private final String takeOverOrphan;
    private final Set<String> mine = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "drop-file-claim-renewal");
        thread.setDaemon(true);
        return thread;
    });

    public DropFileClaims(JdbcTemplate jdbc, String instance, Duration maxAge, Duration renewal) {
        if (renewal.compareTo(maxAge) >= 0) {
            throw new IllegalArgumentException("claims must be renewed more often than they age: renewal " + renewal
                    + " is not shorter than the maximum age " + maxAge);
        }
        this.jdbc = jdbc;
        this.instance = instance;
        // standard SQL's interval literal, which H2 and PostgreSQL both read; the age is a whole number of seconds
        this.takeOverOrphan = "update drop_file_claim set instance = ?, claimed_at = current_timestamp"
                + " where file = ? and claimed_at < current_timestamp - interval '" + maxAge.toSeconds() + "' second";
        renewals.scheduleWithFixedDelay(this::renew, renewal.toMillis(), renewal.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Claims the file for this instance; false while another instance holds a live claim on it. */
    public boolean claim(String file) {
        try {
            jdbc.update(
                    "insert into drop_file_claim (file, instance, claimed_at) values (?, ?, current_timestamp)",
                    file,
                    instance);
        } catch (DuplicateKeyException claimed) {
            if (jdbc.update(takeOverOrphan, instance, file) != 1) {
                return false;
            }
            LOG.warn("Took over the claim on drop file {}: the instance that held it stopped renewing it", file);
        }
        mine.add(file);
        return true;
    }

    /** Releases this instance's claim on the file; a claim of another instance stays. */
    public void release(String file) {
        if (mine.remove(file)) {
            jdbc.update("delete from drop_file_claim where file = ? and instance = ?", file, instance);
        }
    }

    /** Runs on its own thread: a failed renewal is tried again at the next, the claim still has its age. */
    void renew() {
        for (String file : mine) {
            try {
                int renewed = jdbc.update(
                        "update drop_file_claim set claimed_at = current_timestamp where file = ? and instance = ?",
                        file,
                        instance);
                if (renewed == 0 && mine.contains(file)) {
                    LOG.warn("Lost the claim on drop file {} while reading it: another instance took it over", file);
                }
            } catch (DataAccessException e) {
                LOG.warn("Could not renew the claim on drop file {}; trying again: {}", file, e.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        renewals.shutdownNow();
    }
}
