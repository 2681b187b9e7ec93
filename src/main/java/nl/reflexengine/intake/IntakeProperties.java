package nl.reflexengine.intake;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Limits shared by the intake channels ({@code reflex.intake.*}). Each XML file or attachment is also
 * bounded by {@code reflex.validation.max-message-bytes}.
 *
 * @param maxAttachments XML attachments per mail, or XML entries per zip, beyond which the delivery is
 *     rejected as a whole
 * @param maxMailBytes a mail larger than this is not opened; it is rejected and kept as far as this size
 * @param maxMimeDepth nesting of multipart levels beyond which a mail is rejected as unreadable
 */
@Validated
@ConfigurationProperties("reflex.intake")
public record IntakeProperties(
        @Min(1) @Max(1000) int maxAttachments,
        @Min(1024) @Max(1024L * 1024 * 1024) long maxMailBytes,
        @Min(2) @Max(100) int maxMimeDepth) {}
