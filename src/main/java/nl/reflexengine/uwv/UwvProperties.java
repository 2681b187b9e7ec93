package nl.reflexengine.uwv;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import nl.reflexengine.outbox.OutboxSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.annotation.Validated;

/**
 * Forwarding to UWV ({@code reflex.uwv.*}).
 *
 * @param adapter FILE (write each message into the outbox directory) or HTTP (POST it to the URL)
 * @param outboxDirectory where the FILE adapter writes
 * @param url where the HTTP adapter posts
 * @param outbox how the UWV outbox sends: attempts, retry delays, pauses while the endpoint is down
 */
@Validated
@ConfigurationProperties("reflex.uwv")
public record UwvProperties(
        @NotNull Adapter adapter,
        @NotNull Path outboxDirectory,
        URI url,
        @Valid @NotNull @NestedConfigurationProperty OutboxSettings outbox) {

    /** The transport behind the UWV gateway. Real Digipoort (SOAP, PKIoverheid) would be a third. */
    public enum Adapter {
        FILE,
        HTTP
    }
}
