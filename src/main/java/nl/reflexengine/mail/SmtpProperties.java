package nl.reflexengine.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.reflexengine.outbox.OutboxSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.validation.annotation.Validated;

/**
 * Sending mail ({@code reflex.smtp.*}).
 *
 * @param from the sender address of every mail the engine sends
 * @param startTls require STARTTLS (production); off for the local mail server
 * @param username SMTP login, empty for none
 * @param messageIdDomain the right-hand side of every Message-ID: one per installation
 * @param connectTimeoutMs how long to wait for the SMTP server to take a connection
 * @param timeoutMs how long to wait for any one answer of the SMTP server, and to write to it
 * @param outbox how the mail outbox sends: attempts, retry delays, pauses while the server is down
 */
@Validated
@ConfigurationProperties("reflex.smtp")
public record SmtpProperties(
        @NotBlank String host,
        @Min(1) @Max(65535) int port,
        @NotBlank String from,
        boolean startTls,
        String username,
        String password,
        @NotBlank String messageIdDomain,
        @Min(100) int connectTimeoutMs,
        @Min(100) int timeoutMs,
        @Valid @NotNull @NestedConfigurationProperty OutboxSettings outbox) {}
