package nl.reflexengine.local;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Local mode ({@code reflex.local.*}): the embedded mail and SFTP servers a newcomer runs against.
 *
 * @param mailDomain domain of the local mailboxes: reflex@, reflex-test@ and procesmanager@ this domain
 * @param sftpRoot folder the SFTP server serves, with one drop folder per client
 * @param sftpHostKey where the SFTP server keeps its host key, so it stays the same between runs
 */
@Validated
@ConfigurationProperties("reflex.local")
public record LocalProperties(
        boolean enabled,
        @NotBlank String mailDomain,
        @Min(1) @Max(65535) int smtpPort,
        @Min(1) @Max(65535) int imapPort,
        @Min(1) @Max(65535) int sftpPort,
        @NotBlank String sftpUsername,
        @NotBlank String sftpPassword,
        @NotNull Path sftpRoot,
        @NotNull Path sftpHostKey) {

    public String intakeAddress() {
        return "reflex@" + mailDomain;
    }

    public String testAddress() {
        return "reflex-test@" + mailDomain;
    }

    public String processManagerAddress() {
        return "procesmanager@" + mailDomain;
    }
}
