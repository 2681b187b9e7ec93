package nl.reflexengine.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.reflexengine.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The state of one server an outbox sends to (the SMTP server, the UWV endpoint), as opposed to the state
 * of one message. When the server cannot be reached at all, no message is at fault: the outbox stops
 * trying for a while (doubling pauses up to a cap) without spending any message's attempts, so an outage
 * of hours ends with every queued message sent rather than FAILED. It is also a health indicator.
 */
public class EndpointOutage implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(EndpointOutage.class);

    private final String description;
    private final Duration firstPause;
    private final Duration maxPause;
    private final Clock clock;

    private int failuresInARow;
    private Instant since;
    private Instant pausedUntil = Instant.EPOCH;
    private String lastError;

    public EndpointOutage(String description, Duration firstPause, Duration maxPause) {
        this(description, firstPause, maxPause, Clock.systemUTC());
    }

    EndpointOutage(String description, Duration firstPause, Duration maxPause, Clock clock) {
        this.description = description;
        this.firstPause = firstPause;
        this.maxPause = maxPause;
        this.clock = clock;
    }

    /** Whether the outbox should leave the server alone for now. */
    public synchronized boolean paused() {
        return clock.instant().isBefore(pausedUntil);
    }

    /** Whether the last try could not reach the server: the next one is a probe. */
    public synchronized boolean down() {
        return failuresInARow > 0;
    }

    /** The server could not be reached; pause before the next try. */
    public synchronized void unreachable(Exception cause) {
        Instant now = clock.instant();
        failuresInARow++;
        if (failuresInARow == 1) {
            since = now;
        }
        Duration pause = firstPause.multipliedBy(1L << Math.min(failuresInARow - 1, 20));
        if (pause.compareTo(maxPause) > 0) {
            pause = maxPause;
        }
        pausedUntil = now.plus(pause);
        lastError = PersonalData.mask(String.valueOf(cause.getMessage()));
        log.warn(
                "{} unreachable ({} in a row): {}; queued messages wait, next try at {}",
                description,
                failuresInARow,
                lastError,
                pausedUntil);
    }

    /** The server took a connection again. */
    public synchronized void reachable() {
        if (failuresInARow > 0) {
            log.info("{} reachable again after {} failed tries since {}", description, failuresInARow, since);
        }
        failuresInARow = 0;
        since = null;
        pausedUntil = Instant.EPOCH;
        lastError = null;
    }

    @Override
    public synchronized Health health() {
        if (failuresInARow == 0) {
            return Health.up().withDetail("endpoint", description).build();
        }
        return Health.down()
                .withDetail("endpoint", description)
                .withDetail("error", lastError)
                .withDetail("since", since.toString())
                .withDetail("failedTriesInARow", failuresInARow)
                .withDetail("nextTry", pausedUntil.toString())
                .build();
    }
}
