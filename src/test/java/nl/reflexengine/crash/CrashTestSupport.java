package nl.reflexengine.crash;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.reflexengine.TestBsns;
import nl.reflexengine.report.rules.Identifiers;
import nl.reflexengine.testing.TestMailServer;
import nl.reflexengine.testing.TestSftpServer;

/**
 * What the tests that run the engine's jar as a process and kill it share: its command line against the test's
 * own mail and SFTP servers, the inputs they feed it, and the evidence they read afterwards.
 */
final class CrashTestSupport {

    static final String SENDER = "salaris@zonnig-uitzendwerk.example";

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

    private CrashTestSupport() {}

    /**
     * The engine's jar with short poll delays and stale-sending times, reading the intake mailbox and the drops
     * of these servers and writing UWV messages below {@code base}; the caller adds the database.
     */
    static List<String> engineCommand(GreenMail mail, String intake, TestSftpServer sftp, Path base) {
        return new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m",
                // the engine starts many times here: C1 alone and the serial collector start it a fifth faster
                // on the tests' two cores, and a few hundred messages never need C2
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                Path.of("target/reflex-engine.jar").toAbsolutePath().toString(),
                "--reflex.home=" + Path.of("").toAbsolutePath(),
                "--reflex.local.enabled=false",
                "--reflex.console.port=0",
                "--management.server.port=0",
                "--reflex.mail.port=" + mail.getImap().getPort(),
                "--reflex.mail.username=" + intake,
                "--reflex.mail.password=" + TestMailServer.PASSWORD,
                "--reflex.mail.test-enabled=false",
                "--reflex.mail.poll-delay-ms=300",
                "--reflex.mail.max-messages-per-poll=10",
                "--reflex.sftp.port=" + sftp.port(),
                "--reflex.sftp.username=drop",
                "--reflex.sftp.credentials=password=RAW(" + TestSftpServer.PASSWORD + ")",
                "--reflex.sftp.poll-delay-ms=300",
                "--reflex.sftp.max-messages-per-poll=10",
                "--reflex.sftp.read-lock-check-interval-ms=100",
                "--reflex.sftp.read-lock-min-age-ms=100",
                "--reflex.smtp.port=" + mail.getSmtp().getPort(),
                "--reflex.smtp.outbox.poll-period-ms=300",
                "--reflex.smtp.outbox.stale-sending-ms=2000",
                "--reflex.uwv.outbox-directory=" + base.resolve("uwv"),
                "--reflex.uwv.status-directory=" + base.resolve("uwv-status"),
                "--reflex.uwv.outbox.poll-period-ms=300",
                "--reflex.uwv.outbox.stale-sending-ms=2000",
                "--logging.level.root=WARN",
                "--logging.level.nl.reflexengine=INFO"));
    }

    /** The sample report with its own message id and employee; an invalid one has a BSN failing the eleven test. */
    static String message(String template, String id, int person, boolean invalid) {
        return template.replaceFirst("<BerichtId>[^<]+<", "<BerichtId>" + id + "<")
                .replaceFirst(
                        "<Bsn>[^<]+<",
                        "<Bsn>" + (invalid ? "123456789" : TestBsns.from(200_000_000L + person * 97L)) + "<");
    }

    /** Sends the report as a payroll system mails it; with the given Message-ID, or a generated one when null. */
    static void sendMail(int smtpPort, String to, String messageId, String xml) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties)) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (messageId == null) {
                    super.updateMessageID();
                } else {
                    setHeader("Message-ID", messageId);
                }
            }
        };
        message.setFrom(new InternetAddress(SENDER));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Ziekmelding");
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(xml.getBytes(UTF_8), "application/xml")));
        part.setFileName("ziekmelding.xml");
        message.setContent(new MimeMultipart(part));
        Transport.send(message);
    }

    /** Drops a file as a payroll system should: written under a temporary name, renamed when complete. */
    static void dropFile(Path root, String path, String xml) throws IOException {
        Path target = root.resolve(path);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(partial, xml, UTF_8);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Files still in a drop folder, not yet moved to .done or .error. */
    static List<Path> filesLeftInDrop(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !root.relativize(p).toString().startsWith("."))
                    .toList();
        }
    }

    /** Every nine-digit number passing the eleven test in these logs. */
    static List<String> bsnsIn(List<Path> logs) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            Matcher matcher = NINE_DIGITS.matcher(Files.readString(log));
            while (matcher.find()) {
                if (Identifiers.passesElevenTest(matcher.group())) {
                    found.add(matcher.group());
                }
            }
        }
        return found;
    }

    /** How often the server received each confirmation, by Message-ID (GreenMail keeps a copy per recipient). */
    static Map<String, Long> sendsPerConfirmation(GreenMail mail) {
        Map<String, List<MimeMessage>> copies = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> messageId(m).startsWith("<confirmation-"))
                .collect(Collectors.groupingBy(CrashTestSupport::messageId));
        return copies.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        e -> (long) e.getValue().size()
                                / recipientCount(e.getValue().get(0))));
    }

    static String logTail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return "last lines of " + log.getFileName() + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "engine log unreadable: " + e;
        }
    }

    /** How many inputs (a mail's attachment, a file) have their one real outcome; copies are DUPLICATE. */
    static final String INPUTS_WITH_OUTCOME = "select count(distinct source) from audit_message"
            + " where outcome is not null and outcome <> 'DUPLICATE'";

    /** What the engine recorded once its work is done: the figures both kill tests print and check. */
    record Tally(
            long inputsWithOutcome,
            long repeated,
            long duplicates,
            long accepted,
            long rejected,
            long claims,
            long uwvMessages,
            long uwvDelivered,
            long confirmations) {

        static Tally read(Connection db) throws SQLException {
            return new Tally(
                    count(db, INPUTS_WITH_OUTCOME),
                    count(
                            db,
                            "select count(*) from (select source from audit_message where outcome is not null"
                                    + " and outcome <> 'DUPLICATE' group by source having count(*) > 1) repeated"),
                    count(db, "select count(*) from audit_message where outcome = 'DUPLICATE'"),
                    count(db, "select count(*) from audit_message where outcome = 'ACCEPTED'"),
                    count(db, "select count(*) from audit_message where outcome = 'REJECTED'"),
                    count(db, "select count(*) from claim"),
                    count(db, "select count(*) from uwv_outbox"),
                    count(db, "select count(*) from uwv_outbox where status = 'SENT'"),
                    count(db, "select count(*) from mail_outbox where kind = 'CONFIRMATION' and status = 'SENT'"));
        }

        /**
         * Every input has exactly one outcome (nine in ten are valid), and each accepted report exactly one claim,
         * one delivered UWV message and one sent confirmation.
         */
        void assertEachInputOnce(int inputs) {
            assertThat(inputsWithOutcome).isEqualTo(inputs);
            assertThat(repeated).as("inputs with more than one outcome").isZero();
            assertThat(accepted).isEqualTo(inputs * 9L / 10);
            assertThat(rejected).isEqualTo(inputs / 10L);
            assertThat(claims).as("one claim per accepted report").isEqualTo(accepted);
            assertThat(uwvMessages).as("one UWV message per claim").isEqualTo(claims);
            assertThat(uwvDelivered).isEqualTo(claims);
            assertThat(confirmations).isEqualTo(claims);
        }

        /** "inputs=... outcomes=..." for the test's summary line. */
        String figures(int inputs, int kills, Map<String, Long> sendsPerMail) {
            return "inputs=%d kills=%d outcomes=%d accepted=%d rejected=%d duplicate-records=%d claims=%d"
                            .formatted(inputs, kills, inputsWithOutcome, accepted, rejected, duplicates, claims)
                    + " uwv-delivered=%d confirmations=%d confirmation-mails-received=%d sent-twice=%d"
                            .formatted(
                                    uwvDelivered,
                                    confirmations,
                                    sendsPerMail.size(),
                                    sendsPerMail.values().stream()
                                            .filter(n -> n == 2)
                                            .count());
        }
    }

    static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows of two columns, as "first:second". */
    static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getLong(2));
            }
        }
        return rows;
    }

    private static String messageId(MimeMessage message) {
        try {
            return String.valueOf(message.getMessageID());
        } catch (Exception e) {
            return "";
        }
    }

    private static int recipientCount(MimeMessage message) {
        try {
            return Math.max(1, message.getAllRecipients().length);
        } catch (Exception e) {
            return 1;
        }
    }
}
