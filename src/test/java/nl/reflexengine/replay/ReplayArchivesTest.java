package nl.reflexengine.replay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.reflexengine.testing.TestMails;
import nl.reflexengine.testing.TestMessages;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Archives as an administrator keeps them: drop folders with a receipt manifest, a mailbox export, single
 * mails. Each message is judged as of when it was received, and a replay reproduces itself byte for byte.
 */
class ReplayArchivesTest {

    /** The day after the sample's first day: reported on time. */
    private static final Instant ON_TIME = Instant.parse("2026-10-13T08:30:00Z");

    private static final String SICK_REPORT = "reflex/valid/ziek-uitzendkracht.xml";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theSameArchiveReplayedTwiceGivesTheSameReportByteForByte() throws Exception {
        Path archive = archive();

        Path first = dir.resolve("first.csv");
        Path second = dir.resolve("second.csv");
        assertThat(replay(archive.toString(), "--report", first.toString()))
                .as(err())
                .isZero();
        assertThat(replay(archive.toString(), "--report", second.toString()))
                .as(err())
                .isZero();

        assertThat(Files.mismatch(first, second)).as("first differing byte").isEqualTo(-1L);
        Map<String, CSVRecord> rows = rows(first);
        assertThat(rows).hasSize(8);

        // a file received on time months ago is on time in a replay today
        CSVRecord onTime = rows.get("C-ZONNIG/ziek-uitzendkracht.xml");
        assertThat(onTime.get("outcome")).isEqualTo("ACCEPTED");
        assertThat(onTime.get("received_at")).isEqualTo(ON_TIME.toString());
        assertThat(onTime.get("detail")).endsWith("received_at from received.csv");
        assertThat(onTime.get("days_late")).isEqualTo("0");
        assertThat(onTime.get("fine_eur")).isEqualTo("0");
        assertThat(onTime.get("claim_number")).isEqualTo("ZM-2026-000001");
        assertThat(onTime.get("claim_status")).isEqualTo("LOPEND");
        assertThat(onTime.get("uwv_due_at")).isEqualTo("2026-10-15T21:59:59.999Z");

        // a folder named after a client or test means what it means on the drops
        assertThat(rows.get("C-DELTA/ziek-uitzendkracht-bij-delta.xml").get("codes"))
                .isEqualTo("SENDER_NOT_AUTHORISED_FOR_EMPLOYER");
        assertThat(rows.get("C-ZONNIG/test/ziek-uitzendkracht.xml").get("outcome"))
                .isEqualTo("TEST_PASSED");
        assertThat(rows.get("C-ZONNIG/test/ziek-uitzendkracht.xml").get("detail"))
                .endsWith("received_at from file modification time");

        // a mailbox export: each mail a delivery, an unknown sender among them
        assertThat(rows.get("mail/inbox.mbox#1/ziek-zwangerschap.xml").get("outcome"))
                .isEqualTo("ACCEPTED");
        assertThat(rows.get("mail/inbox.mbox#1/ziek-zwangerschap.xml").get("received_at"))
                .as("the newest Received header, written by the receiving server")
                .isEqualTo("2026-10-14T07:05:00Z");
        assertThat(rows.get("mail/inbox.mbox#2").get("outcome")).isEqualTo("QUARANTINED");
        assertThat(rows.get("mail/inbox.mbox#2").get("codes")).isEqualTo("UNKNOWN_SENDER");
        assertThat(rows.get("mail/inbox.mbox#3/bsn-eleven-test.xml").get("codes"))
                .isEqualTo("BSN_ELEVEN_TEST");
        assertThat(rows.get("mail/inbox.mbox#3/bsn-eleven-test.xml").get("detail"))
                .endsWith("received_at from Date header");

        // a single mail without any XML
        assertThat(rows.get("mail/zonder-bijlage.eml").get("codes")).isEqualTo("NO_XML_ATTACHMENT");

        // judged in the order received: the withdrawal mailed a week after the drop comes after it, though
        // its path sorts first
        CSVRecord withdrawal = rows.get("0-post/intrekking.eml/intrekking.xml");
        assertThat(withdrawal.get("outcome")).as(withdrawal.get("detail")).isEqualTo("ACCEPTED");
        assertThat(withdrawal.get("uwv_flows")).isEqualTo("ZIEKTEAANGIFTE_INTREKKING");
        assertThat(withdrawal.get("claim_status")).isEqualTo("GEANNULEERD");
        assertThat(List.copyOf(rows.keySet()))
                .as("the report lists the messages in the order they were judged")
                .startsWith("C-ZONNIG/ziek-uitzendkracht.xml");
        assertThat(out.toString(UTF_8))
                .contains("ACCEPTED=3 REJECTED=3 TEST_PASSED=1 TEST_REJECTED=0 DUPLICATE=0 QUARANTINED=1")
                .contains("skipped 1 file that holds no message");
    }

    @Test
    void asOfJudgesEveryMessageAsOfThatMoment() throws Exception {
        Path archive = archive();
        Path report = dir.resolve("as-of.csv");

        assertThat(replay(archive.toString(), "--report", report.toString(), "--as-of", "2026-12-02T09:00:00+01:00"))
                .as(err())
                .isZero();

        CSVRecord late = rows(report).get("C-ZONNIG/ziek-uitzendkracht.xml");
        assertThat(late.get("received_at")).isEqualTo("2026-12-02T08:00:00Z");
        assertThat(late.get("detail")).endsWith("received_at from --as-of");
        assertThat(Integer.parseInt(late.get("days_late"))).isPositive();
        assertThat(Integer.parseInt(late.get("fine_eur"))).isPositive();
    }

    @Test
    void aManifestThatCannotBeReadStopsTheReplayBeforeItStarts() throws Exception {
        Path archive = Files.createDirectories(dir.resolve("bad"));
        Files.writeString(archive.resolve("received.csv"), "path,received_at\nx.xml,13-10-2026\n");
        Path report = dir.resolve("bad.csv");

        assertThat(replay(archive.toString(), "--report", report.toString())).isEqualTo(2);

        assertThat(err()).contains("received.csv line 2: received_at '13-10-2026' is not an ISO-8601 instant");
        assertThat(report).doesNotExist();
    }

    /**
     * Drops of two clients (one file received on time, stated by the manifest; a Zonnig message in Delta's
     * folder; a test folder), a mailbox export of three mails and one .eml, and a README.
     */
    private Path archive() throws Exception {
        Path archive = dir.resolve("archive");
        copy(SICK_REPORT, archive.resolve("C-ZONNIG/ziek-uitzendkracht.xml"));
        copy(SICK_REPORT, archive.resolve("C-ZONNIG/test/ziek-uitzendkracht.xml"));
        Files.writeString(
                archive.resolve("C-ZONNIG/test/ziek-uitzendkracht.xml"),
                Files.readString(archive.resolve("C-ZONNIG/test/ziek-uitzendkracht.xml"), UTF_8)
                        .replace("ZON-2026-000125", "ZON-2026-TEST-1"));
        copy(SICK_REPORT, archive.resolve("C-DELTA/ziek-uitzendkracht-bij-delta.xml"));
        Files.writeString(
                archive.resolve("C-DELTA/ziek-uitzendkracht-bij-delta.xml"),
                Files.readString(archive.resolve("C-DELTA/ziek-uitzendkracht-bij-delta.xml"), UTF_8)
                        .replace("ZON-2026-000125", "ZON-2026-DELTA-1"));
        Files.writeString(
                archive.resolve("received.csv"), "path,received_at\nC-ZONNIG/ziek-uitzendkracht.xml," + ON_TIME + "\n");
        Files.writeString(archive.resolve("README.txt"), "Kopie van de SFTP-drops en de mailbox, oktober 2026.\n");

        Path mail = Files.createDirectories(archive.resolve("mail"));
        MimeMessage received = TestMails.mail(
                TestMails.offline(),
                TestMails.ZONNIG,
                "reflex@reflex.local",
                "Ziekmelding",
                Instant.parse("2026-10-14T07:00:00Z"),
                TestMails.attachment("reflex/valid/ziek-zwangerschap.xml"));
        received.addHeader("Received", "from mail.example by mx.reflex.local; Wed, 14 Oct 2026 09:05:00 +0200");
        received.saveChanges();
        MimeMessage stranger = TestMails.mail(
                TestMails.offline(),
                TestMails.STRANGER,
                "reflex@reflex.local",
                "Ziekmelding",
                Instant.parse("2026-10-14T08:00:00Z"),
                TestMails.attachment("reflex/valid/ziek-art-29b.xml"));
        MimeMessage rejected = TestMails.mail(
                TestMails.offline(),
                TestMails.ZONNIG,
                "reflex@reflex.local",
                "From the payroll office",
                Instant.parse("2026-10-14T09:00:00Z"),
                TestMails.attachment("reflex/invalid/bsn-eleven-test.xml"));
        Files.write(mail.resolve("inbox.mbox"), mbox(received, stranger, rejected));
        MimeMessage withoutXml = TestMails.mail(
                TestMails.offline(),
                TestMails.ZONNIG,
                "reflex@reflex.local",
                "Ziekmelding vergeten",
                Instant.parse("2026-10-15T09:00:00Z"));
        Files.write(mail.resolve("zonder-bijlage.eml"), TestMails.raw(withoutXml));

        String bsn =
                Files.readString(Path.of("samples", SICK_REPORT), UTF_8).replaceAll("(?s).*<Bsn>(\\d+)</Bsn>.*", "$1");
        MimeMessage withdrawal = TestMails.mail(
                TestMails.offline(),
                TestMails.ZONNIG,
                "reflex@reflex.local",
                "Intrekking",
                Instant.parse("2026-10-20T09:00:00Z"),
                TestMails.part(
                        "intrekking.xml",
                        TestMessages.withdrawal("ZON-2026-INTR-1", "ZON-2026-000125", bsn)
                                .getBytes(UTF_8),
                        "application/xml"));
        Files.createDirectories(archive.resolve("0-post"));
        Files.write(archive.resolve("0-post/intrekking.eml"), TestMails.raw(withdrawal));
        return archive;
    }

    /** An mboxrd export: a From_ line before each mail, body lines starting with "From " quoted. */
    private static byte[] mbox(MimeMessage... mails) throws Exception {
        StringBuilder mbox = new StringBuilder();
        for (MimeMessage mail : mails) {
            mbox.append("From MAILER-DAEMON Wed Oct 14 09:05:00 2026\n");
            for (String line : new String(TestMails.raw(mail), UTF_8).split("\r?\n", -1)) {
                mbox.append(line.matches(">*From .*") ? ">" + line : line).append('\n');
            }
            mbox.append('\n'); // the empty line that separates two mails
        }
        return mbox.toString().getBytes(UTF_8);
    }

    private static void copy(String sample, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(Path.of("samples", sample), to);
    }

    private int replay(String... args) {
        return ReplayLauncher.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    }

    private String err() {
        return err.toString(UTF_8);
    }

    private static Map<String, CSVRecord> rows(Path report) {
        return ReportFiles.bySource(report);
    }
}
