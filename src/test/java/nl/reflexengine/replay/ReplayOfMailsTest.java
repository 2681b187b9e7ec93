package nl.reflexengine.replay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestMailServer;
import nl.reflexengine.testing.TestMails;
import nl.reflexengine.testing.WithMailServer;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One set of mails fed to both: sent to the engine's mailbox, and kept as .eml files, as the mail server
 * holds them, that a replay reads. The replay must come to the outcomes the mailbox intake came to, mail by
 * mail and attachment by attachment, mail-level rejections and quarantine included, and a comparison with
 * what the engine recorded must match every message by its content hash.
 */
@EngineTest
@WithMailServer
class ReplayOfMailsTest {

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @TempDir
    Path dir;

    @Test
    void anArchiveOfEmlFilesReplaysToTheOutcomesTheMailboxGaveTheSameMails() throws Exception {
        // the Date header the replay judges by: the moment the mailbox receives them, to the second
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Map<String, MimeMessage> mails = new LinkedHashMap<>();
        mails.put(
                "1-geaccepteerd.eml",
                mail(TestMails.ZONNIG, now, TestMails.attachment("reflex/valid/ziek-uitzendkracht.xml")));
        mails.put(
                "2-bsn-fout.eml",
                mail(TestMails.ZONNIG, now, TestMails.attachment("reflex/invalid/bsn-eleven-test.xml")));
        mails.put(
                "3-onbekende-afzender.eml",
                mail(TestMails.STRANGER, now, TestMails.attachment("reflex/valid/ziek-art-29b.xml")));
        mails.put("4-zonder-bijlage.eml", mail(TestMails.ZONNIG, now));
        mails.put(
                "5-zip.eml",
                mail(
                        TestMails.DELTA,
                        now,
                        TestMails.zipAttachment(
                                "meldingen.zip",
                                "reflex/valid/ziek-art-29b.xml",
                                "reflex/valid/loongegevens-14-perioden.xml")));
        mails.put(
                "6-andere-klant.eml",
                mail(TestMails.DELTA, now, TestMails.attachment("reflex/valid/ziek-zwangerschap.xml")));
        for (MimeMessage mail : mails.values()) {
            Transport.send(mail);
        }
        Map<String, List<String>> byMailbox = new LinkedHashMap<>();
        for (var mail : mails.entrySet()) {
            byMailbox.put(mail.getKey(), recordedOutcomes(mail.getValue().getMessageID()));
        }
        // the administrator's archive: each mail as the mail server keeps it, its own headers included
        Path archive = Files.createDirectories(dir.resolve("mailbox"));
        for (var mail : mails.entrySet()) {
            MimeMessage kept = TestMailServer.shared()
                    .received(mail.getValue().getMessageID())
                    .get(0);
            Files.write(archive.resolve(mail.getKey()), TestMails.raw(kept));
        }
        Path recorded = dir.resolve("recorded.csv");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(ExportOutcomesLauncher.run(
                        new String[] {"--out", recorded.toString(), "--spring.datasource.url=" + databaseUrl},
                        new PrintStream(out, true, UTF_8),
                        new PrintStream(err, true, UTF_8)))
                .as(err.toString(UTF_8))
                .isZero();

        Path report = dir.resolve("replay.csv");
        int exit = ReplayLauncher.run(
                new String[] {archive.toString(), "--report", report.toString(), "--compare-with", recorded.toString()},
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));

        assertThat(exit).as(err.toString(UTF_8) + out.toString(UTF_8)).isZero();
        assertThat(replayedOutcomes(report)).isEqualTo(byMailbox);
        assertThat(out.toString(UTF_8))
                .as("matched by content hash, mail-level outcomes included")
                .contains("no message differs from recorded.csv");
        assertThat(byMailbox.values().stream().flatMap(List::stream))
                .as("every kind of outcome a mail can have")
                .anyMatch(o -> o.startsWith("ACCEPTED"))
                .anyMatch(o -> o.startsWith("REJECTED [BSN_ELEVEN_TEST]"))
                .anyMatch(o -> o.startsWith("QUARANTINED [UNKNOWN_SENDER]"))
                .anyMatch(o -> o.startsWith("REJECTED [NO_XML_ATTACHMENT]"))
                .anyMatch(o -> o.startsWith("REJECTED [SENDER_NOT_AUTHORISED_FOR_EMPLOYER]"));
    }

    private static MimeMessage mail(String from, Instant sent, jakarta.mail.internet.MimeBodyPart... parts)
            throws Exception {
        return TestMails.mail(TestMails.smtp(), from, TestMailServer.INTAKE, "Ziekmelding", sent, parts);
    }

    /**
     * What the mailbox intake recorded for one mail, in the order of its attachments: once the mail has
     * left the inbox, which it does only after every outcome of it is stored.
     */
    private List<String> recordedOutcomes(String messageId) {
        String sql = "select outcome, codes, id from audit_message where delivery_id = ? order by id";
        await().atMost(Duration.ofSeconds(30)).until(() -> movedOutOfTheInbox(messageId));
        List<String> outcomes = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(sql, messageId)) {
            long id = ((Number) row.get("ID")).longValue();
            outcomes.add(row.get("OUTCOME") + " [" + nullToEmpty(row.get("CODES")) + "] uwv: "
                    + jdbc.queryForList(
                            "select flow from uwv_outbox where audit_id = ? order by id", String.class, id));
        }
        return outcomes;
    }

    /** What the replay reported for each .eml, in the order of its attachments. */
    private static Map<String, List<String>> replayedOutcomes(Path report) {
        Map<String, List<String>> outcomes = new LinkedHashMap<>();
        for (CSVRecord row : ReportFiles.rows(report)) {
            String eml = row.get("source").replaceFirst("(\\.eml).*", "$1");
            outcomes.computeIfAbsent(eml, key -> new ArrayList<>())
                    .add(row.get("outcome") + " [" + row.get("codes") + "] uwv: "
                            + (row.get("uwv_flows").isEmpty()
                                    ? "[]"
                                    : List.of(row.get("uwv_flows").split(";"))));
        }
        return outcomes;
    }

    private static boolean movedOutOfTheInbox(String messageId) throws Exception {
        TestMailServer server = TestMailServer.shared();
        long moved = 0;
        for (String folder : List.of("Processed", "Rejected", "Quarantine")) {
            moved += server.inFolder(TestMailServer.INTAKE, folder, messageId);
        }
        return moved == 1 && server.inFolder(TestMailServer.INTAKE, "INBOX", messageId) == 0;
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
