package nl.reflexengine.intake.mail;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The folders a mail moves to once its outcome is stored ({@code reflex.mail.folders.*}). The mailbox
 * connection itself (host, port, protocol, user, password, poll limits) is part of the endpoint URI in
 * application.properties.
 */
@Validated
@ConfigurationProperties("reflex.mail.folders")
public record MailProperties(
        @NotBlank String processed,
        @NotBlank String rejected,
        @NotBlank String quarantine) {}
