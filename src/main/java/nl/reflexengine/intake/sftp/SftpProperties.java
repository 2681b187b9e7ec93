package nl.reflexengine.intake.sftp;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the SFTP intake needs besides its endpoint URI ({@code reflex.sftp.*}).
 *
 * @param directory the drop root as the endpoint URI names it: "." (the account's login folder), a path
 *     below it, or //an/absolute/path; never empty, which OpenSSH's sftp-server reads as the server's root
 * @param username the account the engine logs in with, recorded as the sender of dropped files
 * @param doneFolder where a file goes when every message in it was processed
 * @param errorFolder where a file goes when it, or a message in it, was rejected
 * @param testFolder a folder of this name anywhere in a file's path makes it a test message
 */
@Validated
@ConfigurationProperties("reflex.sftp")
public record SftpProperties(
        @NotBlank String directory,
        @NotBlank String username,
        @NotBlank String doneFolder,
        @NotBlank String errorFolder,
        @NotBlank String testFolder) {}
