package nl.reflexengine.operations;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import nl.reflexengine.ReflexEngineApplication;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * H2 file encryption as OPERATIONS.md documents it: with {@code CIPHER=AES} in the URL the engine runs as
 * usual and nothing of a stored message is readable in the file; without it, the same message is.
 */
@Tag("h2-only")
class EncryptedDatabaseTest {

    static final String SAMPLE = "samples/reflex/valid/ziek-uitzendkracht.xml";

    @TempDir
    Path directory;

    @Test
    void withCipherAesTheFileHoldsNoReadableMessage() throws Exception {
        String url = "jdbc:h2:file:" + directory.resolve("secret") + ";CIPHER=AES;WRITE_DELAY=0";
        accept(url, "file-secret user-secret");

        assertThat(readable(directory.resolve("secret.mv.db"))).isFalse();
        assertThatThrownBy(() -> DriverManager.getConnection(url, "reflex", "wrong-secret user-secret")
                        .close())
                .isInstanceOf(SQLException.class);
        DriverManager.getConnection(url, "reflex", "file-secret user-secret").close();
    }

    @Test
    void withoutItTheSameMessageCanBeReadFromTheFile() throws Exception {
        accept("jdbc:h2:file:" + directory.resolve("plain") + ";WRITE_DELAY=0", "");

        assertThat(readable(directory.resolve("plain.mv.db")))
                .as("the control: an unencrypted file shows the message")
                .isTrue();
    }

    /** Runs the engine on this database and has it accept the sample; returns once it is stopped. */
    private static void accept(String url, String password) throws Exception {
        try (ConfigurableApplicationContext engine = new SpringApplicationBuilder(ReflexEngineApplication.class)
                .profiles("test")
                .run("--spring.datasource.url=" + url, "--spring.datasource.password=" + password)) {
            Submission submission = engine.getBean(ProducerTemplate.class)
                    .requestBody(
                            "direct:ingest",
                            InboundMessage.file(
                                    Files.readAllBytes(Path.of(SAMPLE)), Channel.REPLAY, SAMPLE, Instant.now(), false),
                            Submission.class);
            assertThat(submission.outcome()).isEqualTo(Outcome.ACCEPTED);
        }
    }

    /** Whether the sample's message id shows in the file's bytes. */
    private static boolean readable(Path file) throws Exception {
        String messageId = Files.readString(Path.of(SAMPLE)).replaceAll("(?s).*<BerichtId>([^<]+)<.*", "$1");
        return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(messageId)
                || new String(Files.readAllBytes(file), UTF_8).contains(messageId);
    }
}
