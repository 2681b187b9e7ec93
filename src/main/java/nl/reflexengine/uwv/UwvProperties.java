package nl.reflexengine.uwv;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Forwarding to UWV ({@code reflex.uwv.*}).
 *
 * @param adapter FILE (write each message into the outbox directory) or HTTP (POST it to the URL)
 * @param outboxDirectory where the FILE adapter writes
 * @param url where the HTTP adapter posts
 * @param maxAttempts deliveries tried before a message is marked FAILED
 * @param retryDelayMs the first retry's delay; each next one doubles it
 * @param staleSendingMs a message left SENDING this long (the engine stopped mid-send) is tried again
 * @param outagePauseMaxMs the longest pause between tries while the endpoint cannot be reached at all
 */
@Validated
@ConfigurationProperties("reflex.uwv")
public record UwvProperties(
        @NotNull Adapter adapter,
        @NotNull Path outboxDirectory,
        URI url,
        @Min(1) @Max(100) int maxAttempts,
        @Min(1) long retryDelayMs,
        @Min(1000) long staleSendingMs,
        @Min(1) long outagePauseMaxMs) {

    /** The transport behind the UWV gateway. Real Digipoort (SOAP, PKIoverheid) would be a third. */
    public enum Adapter {
        FILE,
        HTTP
    }
}
