package nl.reflexengine.intake;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import nl.reflexengine.privacy.PersonalData;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Watches one polling intake (the mailbox, the SFTP drops) through Camel's poll strategy and reports it
 * as a health indicator: up after a poll that reached the server, down after one that did not. Camel's
 * scheduled consumer itself retries, backing off after repeated failures.
 */
public class ConnectionWatch implements PollingConsumerPollStrategy, HealthIndicator {

    private record State(boolean up, Instant at, String error, int failuresInARow) {}

    private final String description;
    private final AtomicReference<State> state = new AtomicReference<>();

    public ConnectionWatch(String description) {
        this.description = description;
    }

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        state.set(new State(true, Instant.now(), null, 0));
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        State previous = state.get();
        int failures = previous == null || previous.up() ? 1 : previous.failuresInARow() + 1;
        state.set(new State(false, Instant.now(), PersonalData.mask(String.valueOf(cause.getMessage())), failures));
        return false; // no immediate retry: the next scheduled poll (with back-off) tries again
    }

    @Override
    public Health health() {
        State current = state.get();
        if (current == null) {
            return Health.unknown()
                    .withDetail("intake", description)
                    .withDetail("status", "not polled yet")
                    .build();
        }
        Health.Builder builder = current.up() ? Health.up() : Health.down().withDetail("error", current.error());
        builder.withDetail("intake", description)
                .withDetail(current.up() ? "lastPoll" : "since", current.at().toString());
        if (!current.up()) {
            builder.withDetail("failedPollsInARow", current.failuresInARow());
        }
        return builder.build();
    }
}
