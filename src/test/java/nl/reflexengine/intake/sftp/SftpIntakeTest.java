package nl.reflexengine.intake.sftp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nl.reflexengine.intake.ConnectionWatch;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestSftpServer;
import nl.reflexengine.testing.WithSftpServer;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SFTP drops end to end: files uploaded to a real SFTP server (Apache MINA SSHD, free port, host key
 * checked against a known_hosts file), picked up by the production route, recorded in H2 and moved to
 * .done or .error.
 */
@EngineTest
@WithSftpServer
// Each test method waits for its own file, so the methods run side by side (@Execution on each); the
// class itself runs after the one before it, as every test class does.
class SftpIntakeTest {

    /** The server restart stops every other test's uploads and polls: it runs alone. */
    static final String SERVER = "the shared SFTP server";

    static final TestSftpServer SFTP = TestSftpServer.shared();
    static final Path ROOT = SFTP.root();

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("sftpDrops")
    ConnectionWatch sftpDrops;

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SERVER, mode = ResourceAccessMode.READ)
    void aDroppedSampleIsRecordedOnceAndMovedToDone() throws Exception {
        upload("C-ZONNIG/ziek-uitzendkracht.xml", sample("reflex/valid/ziek-uitzendkracht.xml"));

        Map<String, Object> row = awaitOutcome("C-ZONNIG/ziek-uitzendkracht.xml");

        assertThat(row)
                .containsEntry("OUTCOME", "ACCEPTED")
                .containsEntry("CHANNEL", "SFTP")
                .containsEntry("SENDER", "drop")
                .containsEntry("SENDER_CLIENT_ID", "C-ZONNIG");
        awaitMoved("C-ZONNIG/ziek-uitzendkracht.xml", ".done");
        // health is judged when a poll ends, and a poll goes on while other tests' files arrive
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sftpDrops.health().getStatus().equals(Status.UP));
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SERVER, mode = ResourceAccessMode.READ)
    void aRejectedFileMovesToError() throws Exception {
        upload("C-DELTA/bad-bsn.xml", sample("reflex/invalid/bsn-eleven-test.xml"));

        assertThat(awaitOutcome("C-DELTA/bad-bsn.xml")).containsEntry("OUTCOME", "REJECTED");
        awaitMoved("C-DELTA/bad-bsn.xml", ".error");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SERVER, mode = ResourceAccessMode.READ)
    void aZipIsUnpackedIntoOneOutcomePerXmlFile() throws Exception {
        upload("C-ZONNIG/batch.zip", zip("reflex/valid/overlijden.xml", "reflex/valid/ziek-zwangerschap.xml"));

        await().atMost(Duration.ofSeconds(20))
                .until(() -> outcomes("C-ZONNIG/batch.zip!%").stream()
                                .filter(row -> row.get("OUTCOME") != null)
                                .count()
                        == 2);
        assertThat(outcomes("C-ZONNIG/batch.zip!%"))
                .extracting(r -> r.get("OUTCOME"))
                .containsOnly("ACCEPTED");
        awaitMoved("C-ZONNIG/batch.zip", ".done");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SERVER, mode = ResourceAccessMode.READ)
    void theSameContentUnderAnotherNameIsADuplicate() throws Exception {
        byte[] content = sample("reflex/valid/ziek-uit-dienst.xml");
        upload("C-ZONNIG/first.xml", content);
        assertThat(awaitOutcome("C-ZONNIG/first.xml")).containsEntry("OUTCOME", "ACCEPTED");

        upload("C-ZONNIG/again.xml", content);

        assertThat(awaitOutcome("C-ZONNIG/again.xml")).containsEntry("OUTCOME", "DUPLICATE");
        awaitMoved("C-ZONNIG/again.xml", ".done");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SERVER, mode = ResourceAccessMode.READ)
    void aFileInATestFolderIsATestMessage() throws Exception {
        upload("C-ZONNIG/test/proef.xml", sample("reflex/valid/adres-verblijf-polen.xml"));

        assertThat(awaitOutcome("C-ZONNIG/test/proef.xml")).containsEntry("OUTCOME", "TEST_PASSED");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SERVER, mode = ResourceAccessMode.READ)
    void aFileBeingWrittenIsNotReadUntilComplete() throws Exception {
        byte[] content = sample("reflex/valid/wazo-zwangerschaps-en-bevallingsverlof.xml");
        int half = content.length / 2;
        try (ClientSession session = session();
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
                OutputStream out = sftp.write("C-ZONNIG/slow.xml")) {
            out.write(content, 0, half);
            out.flush();
            // younger than the read lock's minimum age: not read, however long we look
            await().during(Duration.ofMillis(1500))
                    .atMost(Duration.ofSeconds(4))
                    .until(() -> outcomes("C-ZONNIG/slow.xml").isEmpty());
            out.write(content, half, content.length - half);
        }

        assertThat(awaitOutcome("C-ZONNIG/slow.xml")).containsEntry("OUTCOME", "ACCEPTED");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SERVER, mode = ResourceAccessMode.READ)
    void aFileUploadedUnderATemporaryNameIsReadOnlyOnceRenamed() throws Exception {
        upload("C-DELTA/upload.xml.part", sample("reflex/valid/ziek-art-29b.xml"));
        await().during(Duration.ofMillis(2500))
                .atMost(Duration.ofSeconds(5))
                .until(() -> outcomes("C-DELTA/upload.xml%").isEmpty());

        try (ClientSession session = session();
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
            sftp.rename("C-DELTA/upload.xml.part", "C-DELTA/upload.xml");
        }

        assertThat(awaitOutcome("C-DELTA/upload.xml")).containsEntry("OUTCOME", "ACCEPTED");
    }

    @Test
    @Execution(ExecutionMode.CONCURRENT)
    @ResourceLock(value = SERVER, mode = ResourceAccessMode.READ_WRITE)
    void aServerRestartLosesNothing() throws Exception {
        upload("C-ZONNIG/before-restart.xml", sample("reflex/valid/stagiair-ziek-uit-dienst.xml"));
        awaitOutcome("C-ZONNIG/before-restart.xml");

        SFTP.stop();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sftpDrops.health().getStatus().equals(Status.DOWN));
        // a file that arrived while the engine could not reach the server
        Files.write(
                ROOT.resolve("C-ZONNIG/during-restart.xml"),
                sample("reflex/valid/fase-nbbu-3-zonder-uitzendbeding-easyflex.xml"));
        SFTP.restart();

        assertThat(awaitOutcome("C-ZONNIG/during-restart.xml")).containsEntry("OUTCOME", "ACCEPTED");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> sftpDrops.health().getStatus().equals(Status.UP));
        awaitMoved("C-ZONNIG/during-restart.xml", ".done");
    }

    // --- helpers -------------------------------------------------------------------------------------

    private Map<String, Object> awaitOutcome(String source) {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        outcomes(source).size() == 1 && outcomes(source).get(0).get("OUTCOME") != null);
        List<Map<String, Object>> rows = outcomes(source);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<Map<String, Object>> outcomes(String sourcePattern) {
        return jdbc.queryForList("select * from audit_message where source like ? order by id", sourcePattern);
    }

    private static void awaitMoved(String path, String folder) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Files.exists(ROOT.resolve(folder).resolve(path)));
        assertThat(ROOT.resolve(path)).doesNotExist();
    }

    private static ClientSession session() throws IOException {
        return SFTP.session();
    }

    private static void upload(String path, byte[] content) throws IOException {
        SFTP.upload(path, content);
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of("samples", name));
    }

    private static byte[] zip(String... samples) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (String sample : samples) {
                zip.putNextEntry(new ZipEntry(Path.of(sample).getFileName().toString()));
                zip.write(sample(sample));
                zip.closeEntry();
            }
        }
        return zipped.toByteArray();
    }
}
