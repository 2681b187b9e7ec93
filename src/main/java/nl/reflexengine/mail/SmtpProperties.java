package nl.reflexengine.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Sending mail ({@code reflex.smtp.*}).
 *
 * @param from the sender address of every mail the engine sends
 * @param startTls require STARTTLS (production); off for the local mail server
 * @param username SMTP login, empty for none
 * @param maxAttempts sends tried before a mail is marked FAILED
 * @param retryDelayMs the first retry's delay; each next one doubles it
 * @param messageIdDomain the right-hand side of every Message-ID: one per installation
 * @param staleSendingMs a mail left SENDING this long (the engine stopped mid-send) is sent again
 * @param connectTimeoutMs how long to wait for the SMTP server to take a connection
 * @param timeoutMs how long to wait for any one answer of the SMTP server, and to write to it
 * @param outagePauseMaxMs the longest pause between tries while the server cannot be reached at all
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
        @Min(1) @Max(100) int maxAttempts,
        @Min(1) long retryDelayMs,
        @NotBlank String messageIdDomain,
        @Min(1000) long staleSendingMs,
        @Min(100) int connectTimeoutMs,
        @Min(100) int timeoutMs,
        @Min(1) long outagePauseMaxMs) {}
