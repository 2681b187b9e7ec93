package nl.reflexengine.cluster;

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
 * polls this instance makes.
 */
public class OneInstanceAtATime implements PollingConsumerPollStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(OneInstanceAtATime.class);

    private final String source;
    private final PollLocks locks;
    private final PollingConsumerPollStrategy polls;
    private final AtomicReference<SimpleLock> held = new AtomicReference<>();
    /** Whether this instance made the last poll: logged when it changes, so an operator sees a takeover. */
    private volatile Boolean polling;

    public OneInstanceAtATime(String source, PollLocks locks, PollingConsumerPollStrategy polls) {
        this.source = source;
        this.locks = locks;
        this.polls = polls;
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

    private void noteWhoPolls(boolean thisInstance) {
        if (!Boolean.valueOf(thisInstance).equals(polling)) {
            polling = thisInstance;
            if (thisInstance) {
                LOG.info("This instance polls the {}", source);
            } else {
                LOG.info("Another instance polls the {}; this one stands by and tries at each poll", source);
            }
        }
    }
}
