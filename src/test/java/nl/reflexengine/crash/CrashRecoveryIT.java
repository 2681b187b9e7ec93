package nl.reflexengine.crash;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.reflexengine.crash.CrashTestSupport.bsnsIn;
import static nl.reflexengine.crash.CrashTestSupport.count;
import static nl.reflexengine.crash.CrashTestSupport.engineCommand;
import static nl.reflexengine.crash.CrashTestSupport.message;
import static nl.reflexengine.crash.CrashTestSupport.rows;
import static nl.reflexengine.crash.CrashTestSupport.sendsPerConfirmation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.reflexengine.durability.StoreOptions;
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
            CrashTestSupport.Tally tally = CrashTestSupport.Tally.read(db);
            Map<String, Long> sendsPerMail = sendsPerConfirmation(mail);
            System.out.println("crash test: " + tally.figures(MAILS + FILES, kills, sendsPerMail));

            tally.assertEachInputOnce(MAILS + FILES);
            long claims = tally.claims();
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
        List<String> command = engineCommand(mail, INTAKE, sftp, base);
        command.add("--spring.datasource.url=" + url());
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
            return count(db, CrashTestSupport.INPUTS_WITH_OUTCOME) == MAILS + FILES
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
                    + count(db, CrashTestSupport.INPUTS_WITH_OUTCOME)
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

    private String logTail() {
        return CrashTestSupport.logTail(base.resolve("engine-" + engineRun + ".log"));
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

    // --- inputs and sources ----------------------------------------------------------------------------

    private void sendMail(String xml) throws Exception {
        CrashTestSupport.sendMail(mail.getSmtp().getPort(), INTAKE, null, xml);
    }

    private void dropFile(String path, String xml) throws IOException {
        CrashTestSupport.dropFile(sftp.root(), path, xml);
    }

    private List<Path> filesLeftInDrop() throws IOException {
        return CrashTestSupport.filesLeftInDrop(sftp.root());
    }

    /** Every nine-digit number passing the eleven test in the engine's logs of all runs. */
    private List<String> bsnsInEngineLogs() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (int run = 1; run <= engineRun; run++) {
            logs.add(base.resolve("engine-" + run + ".log"));
        }
        return bsnsIn(logs);
    }
}
