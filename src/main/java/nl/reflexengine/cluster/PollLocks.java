package nl.reflexengine.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Named locks in the database (ShedLock's JDBC provider, table {@code shedlock}), held for one poll of a source
 * that only one instance may read at a time. The database's clock decides when a lease ends, so the instances'
 * clocks need not agree; a poll that outlasts half the lease has it renewed while it runs.
 */
@Component
public class PollLocks implements DisposableBean {

    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "poll-lock-renewal");
        thread.setDaemon(true);
        return thread;
    });
    private final LockProvider locks;
    private final ClusterProperties properties;

    public PollLocks(DataSource dataSource, ClusterProperties properties) {
        this.properties = properties;
        this.locks = new KeepAliveLockProvider(
                new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(new JdbcTemplate(dataSource))
                        .withLockedByValue(properties.instanceName())
                        .usingDbTime()
                        .build()),
                renewals);
    }

    /** The lock, held by this instance until released; empty while another instance holds it. */
    Optional<SimpleLock> tryLock(String name) {
        return locks.lock(new LockConfiguration(Instant.now(), name, properties.pollLockLease(), Duration.ZERO));
    }

    /** How long a hold lasts without renewal ({@code reflex.cluster.poll-lock-lease}). */
    Duration lease() {
        return properties.pollLockLease();
    }

    @Override
    public void destroy() {
        renewals.shutdownNow();
    }
}
