package nl.reflexengine.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.RealServers;
import nl.reflexengine.testing.TestMails;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Both channels end to end against the servers production talks to: Debian's Dovecot for the mailboxes and
 * OpenSSH's SFTP server for the drops (key login, host key checked against a known_hosts file), started by
 * {@code .ci/real-servers}. A mail and a file each end in the folder of their outcome, with that outcome
 * recorded. Without those servers this class fails, naming the missing variables; builds without them
 * leave out the tag.
 */
@EngineTest
@Tag("real-servers")
class RealServersTest {

    static final String ZONNIG = TestMails.ZONNIG;
    static final Instant SENT = Instant.parse("2026-10-13T07:58:00Z");

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        RealServers.fromEnvironment().engineSettings().forEach((name, value) -> registry.add(name, () -> value));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aMailEndsInTheFolderOfItsOutcome() throws Exception {
        RealServers servers = RealServers.fromEnvironment();
        String user = servers.imapUser();
        String password = servers.imapPassword();
        String accepted = append(servers, user, password, "reflex/valid/ziek-uitzendkracht.xml");
        String rejected = append(servers, user, password, "reflex/invalid/bsn-eleven-test.xml");

        assertThat(awaitOutcome(accepted))
                .containsEntry("OUTCOME", "ACCEPTED")
                .containsEntry("CHANNEL", "MAIL")
                .containsEntry("SENDER", ZONNIG)
                .containsEntry("SENDER_CLIENT_ID", "C-ZONNIG");
        assertThat(awaitOutcome(rejected))
                .containsEntry("OUTCOME", "REJECTED")
                .containsEntry("CHANNEL", "MAIL")
                .containsEntry("CODES", "BSN_ELEVEN_TEST");
        awaitInFolder(servers, user, password, "Processed", accepted);
        awaitInFolder(servers, user, password, "Rejected", rejected);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aMailInTheTestMailboxIsATestMessage() throws Exception {
        RealServers servers = RealServers.fromEnvironment();
        String user = servers.imapTestUser();
        String password = servers.imapTestPassword();
        String id = append(servers, user, password, "reflex/valid/wazo-zwangerschaps-en-bevallingsverlof.xml");

        assertThat(awaitOutcome(id))
                .containsEntry("OUTCOME", "TEST_PASSED")
                .containsEntry("CHANNEL", "MAIL")
                .containsEntry("TEST", true);
        awaitInFolder(servers, user, password, "Processed", id);
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    void aDroppedFileEndsInTheFolderOfItsOutcome() throws Exception {
        RealServers servers = RealServers.fromEnvironment();
        servers.upload("C-ZONNIG/ziek-zwangerschap.xml", sample("reflex/valid/ziek-zwangerschap.xml"));
        servers.upload("C-ZONNIG/bsn-format.xml", sample("reflex/invalid/bsn-format.xml"));

        assertThat(awaitFileOutcome("C-ZONNIG/ziek-zwangerschap.xml"))
                .containsEntry("OUTCOME", "ACCEPTED")
                .containsEntry("CHANNEL", "SFTP")
                .containsEntry("SENDER", servers.sftpUser())
                .containsEntry("SENDER_CLIENT_ID", "C-ZONNIG");
        assertThat(awaitFileOutcome("C-ZONNIG/bsn-format.xml"))
                .containsEntry("OUTCOME", "REJECTED")
                .containsEntry("CHANNEL", "SFTP")
                .containsEntry("CODES", "BSN_FORMAT");
        awaitMoved(servers.sftpRoot(), "C-ZONNIG/ziek-zwangerschap.xml", ".done");
        awaitMoved(servers.sftpRoot(), "C-ZONNIG/bsn-format.xml", ".error");
    }

    // --- helpers -------------------------------------------------------------------------------------

    /**
     * To: the bare account name, as an address book may hold it. Dovecot's envelope then gives its host as
     * MISSING_DOMAIN, which a strict address parser refuses; GreenMail's envelope never does.
     */
    private static String append(RealServers servers, String user, String password, String sample) throws Exception {
        MimeMessage mail =
                TestMails.mail(TestMails.offline(), ZONNIG, user, "Ziekmelding", SENT, TestMails.attachment(sample));
        servers.append(user, password, mail);
        return mail.getMessageID();
    }

    private Map<String, Object> awaitOutcome(String messageId) {
        return awaitOne("select * from audit_message where delivery_id = ? order by id", messageId);
    }

    private Map<String, Object> awaitFileOutcome(String path) {
        return awaitOne("select * from audit_message where source = ? order by id", path);
    }

    private Map<String, Object> awaitOne(String query, String key) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Map<String, Object>> rows = jdbc.queryForList(query, key);
            return !rows.isEmpty() && rows.stream().allMatch(row -> row.get("OUTCOME") != null);
        });
        List<Map<String, Object>> rows = jdbc.queryForList(query, key);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    /** In its folder once, and gone from the inbox (expunged, or at least flagged deleted). */
    private static void awaitInFolder(
            RealServers servers, String user, String password, String folder, String messageId) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> servers.inFolder(user, password, folder, messageId) == 1
                        && servers.inFolder(user, password, "INBOX", messageId) == 0);
    }

    private static void awaitMoved(Path root, String path, String folder) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(root.resolve(folder).resolve(path)));
        assertThat(root.resolve(path)).doesNotExist();
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("samples", name));
    }
}
