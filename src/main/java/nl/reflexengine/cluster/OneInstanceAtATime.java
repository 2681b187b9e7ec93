package nl.reflexengine.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A poll strategy that lets a consumer poll only while this instance holds the source's lock: a mailbox
 * read by two instances at once would have each mail opened twice and moved by whichever is first. Each
 * poll takes the lock and gives it back when done; an instance that finds it taken skips that poll and
 * tries again at the next. What the source's own strategy does (the intake's health) happens only for the
 * polls this instance makes. Called by the consumer's one polling thread.
 */
public class OneInstanceAtATime implements PollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(OneInstanceAtATime.class);

    private final String source;
    private final PollLocks locks;
    private final PollingConsumerPollStrategy polls;
    private final AtomicReference<SimpleLock> held = new AtomicReference<>();
    /** Refused this long in a row, this instance takes over from one that held the source: worth a line. */
    private final Duration takeover;
    /** Since when every poll of this instance was refused; null while it gets its turns. */
    private Instant refusedSince;

    private boolean decided;

    public OneInstanceAtATime(String source, PollLocks locks, PollingConsumerPollStrategy polls) {
        this.source = source;
        this.locks = locks;
        this.polls = polls;
        this.takeover = locks.lease().dividedBy(2);
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        Optional<SimpleLock> lock = locks.tryLock(source);
        noteWhoPolls(lock.isPresent());
        if (lock.isEmpty()) {
            return false;
        }
        held.set(lock.get());
        if (!polls.begin(consumer, endpoint)) {
            release();
            return false;
        }
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        try {
            polls.commit(consumer, endpoint, polledMessages);
        } finally {
            release();
        }
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
        try {
            return polls.rollback(consumer, endpoint, retryCounter, cause);
        } finally {
            release();
        }
    }

    private void release() {
        SimpleLock lock = held.getAndSet(null);
        if (lock != null) {
            lock.unlock();
        }
    }

    /**
     * Live instances take turns poll by poll, which is no news; the first decision and a takeover are: this
     * instance polls after every poll of it was refused for half a lease or more (the holder died, or kept
     * the source that long).
     */
    private void noteWhoPolls(boolean thisInstance) {
        Instant now = Instant.now();
        if (thisInstance) {
            if (!decided) {
                LOG.info("This instance polls the {}", source);
            } else if (refusedSince != null && !now.isBefore(refusedSince.plus(takeover))) {
                LOG.info(
                        "This instance polls the {}; another instance held it for the last {} s",
                        source,
                        Duration.between(refusedSince, now).toSeconds());
            }
            refusedSince = null;
        } else {
            if (!decided) {
                LOG.info("Another instance polls the {}; this one stands by and tries at each poll", source);
            }
            if (refusedSince == null) {
                refusedSince = now;
            }
        }
        decided = true;
    }
}
