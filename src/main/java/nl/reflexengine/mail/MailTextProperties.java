package nl.reflexengine.mail;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What every mail the engine sends ends with ({@code reflex.mail-text.*}): who signs it, and where the reader
 * can ask questions.
 *
 * @param signature the name under every mail; by default the administrator's ({@code reflex.administrator.name})
 * @param contactEmail the address for questions about a mail
 * @param contactPhone the phone number for questions, empty for none
 */
@Validated
@ConfigurationProperties("reflex.mail-text")
public record MailTextProperties(
        @NotBlank String signature, @NotBlank @Email String contactEmail, String contactPhone) {

    /** "verzuim@example.nl" or "verzuim@example.nl of 020 123 45 67", to follow "via". */
    String contact() {
        return contactPhone == null || contactPhone.isBlank()
                ? contactEmail
                : contactEmail + " of " + contactPhone.trim();
    }
}
