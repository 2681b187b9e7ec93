package nl.reflexengine.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class EndpointOutageTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final HandClock clock = new HandClock();
    final EndpointOutage outage =
            new EndpointOutage("SMTP server test:25", Duration.ofSeconds(10), Duration.ofSeconds(60), clock);

    @Test
    void pausesDoubleWithEveryFailedTryUpToTheCap() {
        assertThat(outage.paused()).isFalse();
        long[] expectedPauses = {10, 20, 40, 60, 60};
        for (long pause : expectedPauses) {
            outage.unreachable(new IOException("Connection refused"));
            clock.now = clock.now.plusSeconds(pause - 1);
            assertThat(outage.paused())
                    .as("still paused one second before %ds", pause)
                    .isTrue();
            clock.now = clock.now.plusSeconds(1);
            assertThat(outage.paused()).as("free to try after %ds", pause).isFalse();
        }
    }

    @Test
    void healthIsDownWithTheErrorUntilTheServerIsReachedAgain() {
        assertThat(outage.health().getStatus()).isEqualTo(Status.UP);

        outage.unreachable(new IOException("Connection refused"));
        outage.unreachable(new IOException("Connection refused"));

        assertThat(outage.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(outage.health().getDetails())
                .containsEntry("error", "Connection refused")
                .containsEntry("failedTriesInARow", 2)
                .containsEntry("since", "2026-11-23T09:00:00Z");

        outage.reachable();
        assertThat(outage.health().getStatus()).isEqualTo(Status.UP);
        assertThat(outage.paused()).isFalse();
        outage.unreachable(new IOException("Connection refused"));
        clock.now = clock.now.plusSeconds(10);
        assertThat(outage.paused())
                .as("a new outage starts again at the first pause")
                .isFalse();
    }
}
