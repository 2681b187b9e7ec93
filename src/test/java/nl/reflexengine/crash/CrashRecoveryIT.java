package nl.reflexengine.crash;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.reflexengine.TestBsns;
import nl.reflexengine.durability.StoreOptions;
import nl.reflexengine.report.rules.Identifiers;
import nl.reflexengine.testing.TestMailServer;
import nl.reflexengine.testing.TestSftpServer;
import org.apache.sshd.server.session.ServerSession;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine as a separate process (the built jar), fed hundreds of messages by mail and SFTP, killed
 * with SIGKILL four times while it works, and started again. Two kills fall wherever the engine happens
 * to be once a number of outcomes exist; two are placed exactly by the servers themselves: the SFTP server
 * kills the engine when it asks to move a file to .done/.error (its outcome is committed, the source not
 * yet acknowledged), and the mail server kills it while it receives a confirmation (the mail is sent, the
 * engine never hears so). Afterwards every input has exactly one outcome (a redelivery may add a DUPLICATE
 * record, never a second outcome), no claim or UWV message is doubled, no mail or file is stranded, and
 * every confirmation arrived at most twice with one Message-ID: the interrupted one exactly twice.
 */
class CrashRecoveryIT {

    private static final int MAILS = 120;
    private static final int FILES = 120;
    private static final String INTAKE = "reflex@crash.test";
    private static final String SENDER = "salaris@zonnig-uitzendwerk.example";

    private final Path base;
    private final GreenMail mail;
    private final TestSftpServer sftp;
    private volatile Process engine;
    private int engineRun;

    /** Armed: the SFTP server kills the engine when it next asks to move a file out of its drop. */
    private final AtomicBoolean killOnNextMove = new AtomicBoolean();

    private volatile String fileMovedAtKill;

    /** Armed: the mail server kills the engine while it receives the next confirmation. */
    private final AtomicBoolean killOnNextConfirmation = new AtomicBoolean();

    private volatile String confirmationAtKill;

    private List<String> interruptedSends = List.of();

    CrashRecoveryIT() throws IOException {
        // a killed engine leaves the servers' connection threads failing with "connection reset": that is
        // the point of this test, not a failure of it (Awaitility would otherwise rethrow them)
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        base = Files.createTempDirectory("crash-it");
        mail = TestMailServer.smtpAndImap(0, 0).addMailbox(INTAKE).greenMail();
        UserManager users = mail.getUserManager();
        MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            String messageId = message.getMessage().getMessageID();
            if (messageId.startsWith("<confirmation-") && killOnNextConfirmation.compareAndSet(true, false)) {
                // the whole mail is here, the engine has not had the server's "250 OK": kill it now
                confirmationAtKill = messageId;
                kill();
            }
            return deliver.handle(message, recipient);
        });
        sftp = TestSftpServer.start(new SftpEventListener() {
            @Override
            public void moving(ServerSession session, Path source, Path target, Collection<CopyOption> options)
                    throws IOException {
                if (killOnNextMove.compareAndSet(true, false)) {
                    fileMovedAtKill = source.getFileName().toString();
                    kill();
                    throw new IOException("engine killed before this move");
                }
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        Awaitility.reset();
        if (engine != null) {
            engine.destroyForcibly();
        }
        mail.stop();
        sftp.stop();
    }

    @Test
    void killedAndRestartedTheEngineLosesAndDoublesNothing() throws Exception {
        String template = Files.readString(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"), UTF_8);
        for (int i = 0; i < MAILS; i++) {
            sendMail(message(template, "CRASH-M-" + i, i, i % 10 == 9));
        }
        for (int i = 0; i < FILES; i++) {
            dropFile("C-ZONNIG/crash-" + i + ".xml", message(template, "CRASH-F-" + i, 10_000 + i, i % 10 == 9));
        }

        int kills = 0;
        start();
        killAfterOutcomes(40);
        kills++;

        awaitRecoveryFromLastKill();
        killOnNextMove.set(true);
        awaitKilledByServer();
        kills++;
        try (Connection db = db()) {
            assertThat(count(
                            db,
                            "select count(*) from audit_message where source = 'C-ZONNIG/" + fileMovedAtKill
                                    + "' and outcome is not null and outcome <> 'DUPLICATE'"))
                    .as("the outcome of %s is durable before its file is moved", fileMovedAtKill)
                    .isEqualTo(1);
        }

        awaitRecoveryFromLastKill();
        killOnNextConfirmation.set(true);
        awaitKilledByServer();
        kills++;

        awaitRecoveryFromLastKill();
        killAfterOutcomes(Math.min(outcomes() + 40, MAILS + FILES - 10));
        kills++;
        try {
            await().atMost(Duration.ofMinutes(4))
                    .pollInterval(Duration.ofMillis(500))
                    .until(this::everythingDone);
        } catch (org.awaitility.core.ConditionTimeoutException stuck) {
            throw new AssertionError("the engine did not finish its work; " + state() + "\n" + logTail(), stuck);
        }
        engine.destroy();
        engine.waitFor();

        try (Connection db = db()) {
            long repeated = count(
                    db,
                    "select count(*) from (select source from audit_message where outcome is not null"
                            + " and outcome <> 'DUPLICATE' group by source having count(*) > 1)");
            long inputsWithOutcome = count(
                    db,
                    "select count(distinct source) from audit_message where outcome is not null"
                            + " and outcome <> 'DUPLICATE'");
            long duplicates = count(db, "select count(*) from audit_message where outcome = 'DUPLICATE'");
            long accepted = count(db, "select count(*) from audit_message where outcome = 'ACCEPTED'");
            long rejected = count(db, "select count(*) from audit_message where outcome = 'REJECTED'");
            long claims = count(db, "select count(*) from claim");
            long uwv = count(db, "select count(*) from uwv_outbox where status = 'SENT'");
            long confirmations =
                    count(db, "select count(*) from mail_outbox where kind = 'CONFIRMATION' and status = 'SENT'");
            // GreenMail keeps one copy per recipient: sends of one mail = copies / recipients
            Map<String, List<MimeMessage>> copies = Arrays.stream(mail.getReceivedMessages())
                    .filter(m -> header(m).startsWith("<confirmation-"))
                    .collect(Collectors.groupingBy(CrashRecoveryIT::header));
            Map<String, Long> sendsPerMail = copies.entrySet().stream()
                    .collect(Collectors.toMap(
                            Map.Entry::getKey,
                            e -> (long) e.getValue().size()
                                    / recipientCount(e.getValue().get(0))));
            long doubledMails =
                    sendsPerMail.values().stream().filter(n -> n == 2).count();
            System.out.printf(
                    "crash test: inputs=%d kills=%d outcomes=%d accepted=%d rejected=%d duplicate-records=%d claims=%d"
                            + " uwv-delivered=%d confirmations=%d confirmation-mails-received=%d sent-twice=%d%n",
                    MAILS + FILES,
                    kills,
                    inputsWithOutcome,
                    accepted,
                    rejected,
                    duplicates,
                    claims,
                    uwv,
                    confirmations,
                    sendsPerMail.size(),
                    doubledMails);

            assertThat(inputsWithOutcome).isEqualTo(MAILS + FILES);
            assertThat(repeated).as("inputs with more than one outcome").isZero();
            assertThat(accepted).isEqualTo((MAILS + FILES) * 9 / 10);
            assertThat(rejected).isEqualTo((MAILS + FILES) / 10);
            assertThat(claims).as("one claim per accepted report").isEqualTo(accepted);
            assertThat(count(db, "select count(*) from uwv_outbox"))
                    .as("one UWV message per claim")
                    .isEqualTo(claims);
            assertThat(uwv).isEqualTo(claims);
            assertThat(confirmations).isEqualTo(claims);
            assertThat(sendsPerMail).as("every confirmation arrived").hasSize((int) claims);
            assertThat(sendsPerMail.values())
                    .as("a confirmation arrives at most twice")
                    .allMatch(n -> n >= 1 && n <= 2);
            assertThat(sendsPerMail)
                    .as("the confirmation interrupted by the kill is sent again, with its Message-ID")
                    .containsEntry(confirmationAtKill, 2L);
        }
        assertThat(bsnsInEngineLogs())
                .as("BSN-like numbers in the engine's own logs")
                .isEmpty();
        assertThat(TestMailServer.waitingInInbox(mail, INTAKE))
                .as("mails left in the inbox")
                .isZero();
        assertThat(filesLeftInDrop()).as("files left in the drop").isEmpty();
    }

    // --- the engine ------------------------------------------------------------------------------------

    /** Waits until this many outcomes exist, kills the engine wherever it is, and starts it again. */
    private void killAfterOutcomes(long threshold) throws IOException {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> outcomes() >= threshold);
        kill();
        noteInterruptedSends();
        start();
    }

    /** Waits until an armed server has killed the engine, and starts it again. */
    private void awaitKilledByServer() throws IOException {
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !engine.isAlive());
        noteInterruptedSends();
        start();
    }

    /**
     * The mails the dead engine was sending. Each may already have reached the server, so the restarted
     * engine sends it once more: one extra copy per crash. The next kill waits until they are resent, so
     * that two crashes never land on the same mail (which would make three copies, by design of any
     * at-least-once sender).
     */
    private void noteInterruptedSends() {
        try (Connection db = db()) {
            interruptedSends = rows(db, "select id, 1 from mail_outbox where status = 'SENDING'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitRecoveryFromLastKill() {
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    try (Connection db = db()) {
                        return rows(db, "select id, 1 from mail_outbox where status = 'SENDING'").stream()
                                .noneMatch(interruptedSends::contains);
                    }
                });
    }

    /** SIGKILL: no shutdown hook, no graceful stop, whatever the engine is doing. */
    private void kill() {
        try {
            engine.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start() throws IOException {
        engineRun++;
        Path log = base.resolve("engine-" + engineRun + ".log");
        List<String> command = new ArrayList<>(List.of(
                javaBin(),
                "-Xmx384m",
                // the engine starts five times here: C1 alone and the serial collector start it a fifth faster
                // on this test's two cores, and a few hundred messages never need C2
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                Path.of("target/reflex-engine.jar").toAbsolutePath().toString(),
                "--reflex.home=" + Path.of("").toAbsolutePath(),
                "--reflex.local.enabled=false",
                "--reflex.console.port=0",
                "--management.server.port=0",
                "--spring.datasource.url=" + url(),
                "--reflex.mail.port=" + mail.getImap().getPort(),
                "--reflex.mail.username=" + INTAKE,
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
        engine = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> Files.readString(log).contains("Started ReflexEngineApplication"));
    }

    private boolean everythingDone() throws SQLException {
        try (Connection db = db()) {
            return count(
                                    db,
                                    "select count(distinct source) from audit_message where outcome is not null and outcome <> 'DUPLICATE'")
                            == MAILS + FILES
                    && count(db, "select count(*) from uwv_outbox where status <> 'SENT'") == 0
                    && count(db, "select count(*) from mail_outbox where status <> 'SENT'") == 0
                    && TestMailServer.waitingInInbox(mail, INTAKE) == 0
                    && filesLeftInDrop().isEmpty();
        } catch (Exception notYet) {
            return false;
        }
    }

    /** What is still open, so a failed run says which promise it broke. */
    private String state() {
        try (Connection db = db()) {
            return "inputs-with-outcome="
                    + count(
                            db,
                            "select count(distinct source) from audit_message where outcome is not null and outcome <> 'DUPLICATE'")
                    + " of " + (MAILS + FILES)
                    + ", audit-without-outcome=" + count(db, "select count(*) from audit_message where outcome is null")
                    + ", uwv-not-delivered="
                    + rows(db, "select status, count(*) from uwv_outbox where status <> 'SENT' group by status")
                    + ", mail-not-sent="
                    + rows(
                            db,
                            "select status || ' attempts=' || attempts || ' error=' || coalesce(last_error, '-'), count(*)"
                                    + " from mail_outbox where status <> 'SENT' group by 1")
                    + ", inbox-left=" + TestMailServer.waitingInInbox(mail, INTAKE)
                    + ", drop-left=" + filesLeftInDrop();
        } catch (Exception e) {
            return "state unreadable: " + e;
        }
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ":" + rs.getLong(2));
            }
        }
        return rows;
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(base.resolve("engine-" + engineRun + ".log"));
            return "last engine log lines:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "engine log unreadable: " + e;
        }
    }

    private long outcomes() {
        try (Connection db = db()) {
            return count(db, "select count(*) from audit_message where outcome is not null");
        } catch (SQLException notYet) {
            return 0;
        }
    }

    private Connection db() throws SQLException {
        return DriverManager.getConnection(url(), "reflex", "");
    }

    /** The engine's default URL options (application.properties): H2 writes in the background. */
    private String url() {
        return "jdbc:h2:file:" + base.resolve("db/reflex") + ";AUTO_SERVER=TRUE" + StoreOptions.engineDefaults();
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    // --- inputs and sources ----------------------------------------------------------------------------

    private static String message(String template, String id, int person, boolean invalid) {
        return template.replaceFirst("<BerichtId>[^<]+<", "<BerichtId>" + id + "<")
                .replaceFirst(
                        "<Bsn>[^<]+<",
                        "<Bsn>" + (invalid ? "123456789" : TestBsns.from(200_000_000L + person * 97L)) + "<");
    }

    private void sendMail(String xml) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(SENDER));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(INTAKE));
        message.setSubject("Ziekmelding");
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(xml.getBytes(UTF_8), "application/xml")));
        part.setFileName("ziekmelding.xml");
        message.setContent(new MimeMultipart(part));
        Transport.send(message);
    }

    private void dropFile(String path, String xml) throws IOException {
        Path target = sftp.root().resolve(path);
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.writeString(partial, xml, UTF_8);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private List<Path> filesLeftInDrop() throws IOException {
        try (Stream<Path> files = Files.walk(sftp.root())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !sftp.root().relativize(p).toString().startsWith("."))
                    .toList();
        }
    }

    /** Every nine-digit number passing the eleven test in the engine's logs of all runs. */
    private List<String> bsnsInEngineLogs() throws IOException {
        List<String> found = new ArrayList<>();
        for (int run = 1; run <= engineRun; run++) {
            var matcher = java.util.regex.Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])")
                    .matcher(Files.readString(base.resolve("engine-" + run + ".log")));
            while (matcher.find()) {
                if (Identifiers.passesElevenTest(matcher.group())) {
                    found.add(matcher.group());
                }
            }
        }
        return found;
    }

    private static String header(MimeMessage message) {
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
