package nl.reflexengine.outbox;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;

/**
 * How an outbox sends: the same settings for every outbox ({@code reflex.smtp.outbox.*}, {@code
 * reflex.uwv.outbox.*}).
 *
 * @param maxAttempts sends tried before an item is FAILED (an operator can put it back with the requeue command)
 * @param retryDelayMs the first retry's delay; each next one doubles it. Also the first pause while the
 *     endpoint cannot be reached at all
 * @param staleSendingMs an item left SENDING this long (the engine stopped mid-send) is sent again
 * @param pollPeriodMs how often the outbox looks for due items
 * @param outagePauseMaxMs the longest pause between tries while the endpoint cannot be reached at all
 */
public record OutboxSettings(
        @Min(1) @Max(100) int maxAttempts,
        @Min(1) long retryDelayMs,
        @Min(1000) long staleSendingMs,
        @Min(10) long pollPeriodMs,
        @Min(1) long outagePauseMaxMs) {

    /** The delay before the next try after this failed attempt (1, 2, 3, ...): doubling each time. */
    Duration retryDelay(int failedAttempt) {
        return Duration.ofMillis(retryDelayMs << Math.min(failedAttempt - 1, 20));
    }
}
