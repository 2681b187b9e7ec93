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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import nl.reflexengine.testing.TestMailServer;
import nl.reflexengine.testing.TestSftpServer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Two engines (the built jar, twice) on one PostgreSQL database, one mail server and one SFTP server, fed
 * hundreds of mails and files while both run; one of them is killed with SIGKILL twice, while it polls the
 * mailbox, and started again, while the other goes on. Afterwards every input has exactly one outcome (a
 * redelivery may add a DUPLICATE record, never a second outcome), no claim, UWV message or confirmation is
 * doubled beyond what a kill mid-send explains, every mail lies in exactly one folder, no file is left in a
 * drop, claim numbers have no gaps, and the survivor took the mailbox over within the lock's lease.
 */
@EnabledIfEnvironmentVariable(named = "REFLEX_TEST_POSTGRESQL_URL", matches = ".+")
class TwoNodeIT {

    private static final int MAILS = 150;
    private static final int FILES = 150;
    private static final String INTAKE = "reflex@two-nodes.test";
    private static final String DATABASE = "two_node_it";
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Duration POLL_DELAY = Duration.ofMillis(300);
    private static final String MAILBOX_LOCK = "reflex mailbox";
    private static final String TAKES_OVER = "This instance polls the " + MAILBOX_LOCK;
    private static final List<String> FOLDERS = List.of("Processed", "Rejected", "Quarantine");

    private final Path base;
    private final String cluster;
    private final TestMailServer mailServer;
    private final TestSftpServer sftp;
    private final Node a;
    private final Node b;
    private List<String> interruptedSends = List.of();
    private final List<Duration> takeovers = new ArrayList<>();

    TwoNodeIT() throws IOException, SQLException {
        // a killed engine leaves the servers' connection threads failing with "connection reset": that is
        // the point of this test, not a failure of it (Awaitility would otherwise rethrow them)
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
        base = Files.createTempDirectory("two-node-it");
        String url = System.getenv("REFLEX_TEST_POSTGRESQL_URL");
        cluster = url.endsWith("/") ? url : url + "/";
        try (Connection admin = DriverManager.getConnection(cluster + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE + " with (force)");
            statement.execute("create database " + DATABASE);
        }
        mailServer = TestMailServer.smtpAndImap(0, 0).addMailbox(INTAKE);
        sftp = TestSftpServer.start();
        a = new Node("node-a");
        b = new Node("node-b");
    }

    @AfterEach
    void stop() throws IOException {
        Awaitility.reset();
        a.destroy();
        b.destroy();
        mailServer.stop();
        sftp.stop();
    }

    @Test
    void twoEnginesShareTheWorkAndOneKilledTwiceLosesAndDoublesNothing() throws Exception {
        long began = System.nanoTime();
        // together: both migrate the empty database and load the reference data at the same moment
        a.launch();
        b.launch();
        a.awaitStarted();
        b.awaitStarted();

        String template = Files.readString(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"), UTF_8);
        feed(template, 0, MAILS / 2, 0, FILES / 2);
        killWhilePollingTheMailbox(a, 40);
        feed(template, MAILS / 2, MAILS, FILES / 2, FILES);
        awaitRecoveryFromLastKill();
        killWhilePollingTheMailbox(a, Math.min(outcomes() + 40, MAILS + FILES - 30));
        try {
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(500))
                    .until(this::everythingDone);
        } catch (ConditionTimeoutException stuck) {
            throw new AssertionError(
                    "the engines did not finish their work; " + state() + "\n" + a.logTail() + "\n" + b.logTail(),
                    stuck);
        }
        a.stop();
        b.stop();

        try (Connection db = db()) {
            CrashTestSupport.Tally tally = CrashTestSupport.Tally.read(db);
            long doubledClaims = count(
                    db,
                    "select count(*) from (select message_id from claim group by client_id, message_id"
                            + " having count(*) > 1) doubled");
            long doubledUwv = count(
                    db,
                    "select count(*) from (select claim_id, flow from uwv_outbox group by claim_id, flow"
                            + " having count(*) > 1) doubled");
            Map<String, Long> sendsPerMail = sendsPerConfirmation(mailServer.greenMail());
            long sentTwice = sendsPerMail.values().stream().filter(n -> n == 2).count();
            List<Long> claimNumbers = claimNumbers(db);
            System.out.printf(
                    // in milliseconds: a Duration's nine digits of nanoseconds could pass for a BSN in the log scan
                    "two-node test: %s takeovers-ms=%s seconds=%d%n",
                    tally.figures(MAILS + FILES, a.kills, sendsPerMail),
                    takeovers.stream().map(Duration::toMillis).toList(),
                    Duration.ofNanos(System.nanoTime() - began).toSeconds());

            tally.assertEachInputOnce(MAILS + FILES);
            long claims = tally.claims();
            assertThat(doubledClaims).as("message ids with more than one claim").isZero();
            assertThat(doubledUwv)
                    .as("claims with a UWV message of one flow twice")
                    .isZero();
            assertThat(claimNumbers)
                    .as("claim numbers 1..N without gaps")
                    .containsExactlyElementsOf(
                            LongStream.rangeClosed(1, claims).boxed().toList());
            assertThat(sendsPerMail).as("every confirmation arrived").hasSize((int) claims);
            assertThat(sendsPerMail.values())
                    .as("a confirmation arrives at most twice (once more only when a kill interrupted its sending)")
                    .allMatch(n -> n >= 1 && n <= 2);
            assertThat(sentTwice).as("confirmations sent twice").isLessThanOrEqualTo(a.kills);
            assertThat(count(db, "select count(*) from drop_file_claim"))
                    .as("SFTP read claims left behind")
                    .isZero();
        }
        assertThat(foldersPerMail())
                .as("folders each mail lies in (Processed, Rejected, Quarantine)")
                .hasSize(MAILS)
                .allSatisfy((messageId, folders) ->
                        assertThat(folders).as("folders of %s", messageId).isEqualTo(1));
        assertThat(mailServer.waitingInInbox(INTAKE))
                .as("mails left in the inbox")
                .isZero();
        assertThat(CrashTestSupport.filesLeftInDrop(sftp.root()))
                .as("files left in the drops")
                .isEmpty();
        List<Path> logs = new ArrayList<>(a.logs);
        logs.addAll(b.logs);
        assertThat(bsnsIn(logs)).as("BSN-like numbers in the engines' own logs").isEmpty();
        assertThat(takeovers).as("takeovers of the mailbox measured").isNotEmpty();
        assertThat(takeovers)
                .as("the survivor polls the mailbox within the lease plus one poll delay")
                .allMatch(t -> t.compareTo(LEASE.plus(POLL_DELAY).plusSeconds(5)) <= 0);
    }

    // --- the kills -------------------------------------------------------------------------------------

    /**
     * Waits until this many outcomes exist and the node holds the mailbox's lock (it is in the middle of a
     * poll), kills it, and, when it died holding the lock, measures how long the other node takes to poll the
     * mailbox. Then starts the node again.
     */
    private void killWhilePollingTheMailbox(Node victim, long threshold) throws Exception {
        Node survivor = victim == a ? b : a;
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> outcomes() >= threshold && holdsMailbox(victim));
        int survivorTakeOversBefore = survivor.count(TAKES_OVER);
        long killedAt = System.nanoTime();
        victim.kill();
        noteInterruptedSends();
        if (holdsMailbox(victim)) {
            // the lock names a dead instance until its lease ends: then the survivor's next poll takes it
            await().atMost(LEASE.plusMinutes(1))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> survivor.count(TAKES_OVER) > survivorTakeOversBefore);
            Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
            takeovers.add(takeover);
            System.out.printf(
                    "two-node test: %s killed while polling the mailbox; %s took it over after %d ms%n",
                    victim.name, survivor.name, takeover.toMillis());
            try (Connection db = db()) {
                assertThat(rows(db, "select locked_by, 1 from shedlock where name = '" + MAILBOX_LOCK + "'"))
                        .containsExactly(survivor.name + ":1");
            }
        }
        victim.launch();
        victim.awaitStarted();
    }

    /** Whether the node holds the mailbox's lock now: it named in it and its lease not over. */
    private boolean holdsMailbox(Node node) throws SQLException {
        try (Connection db = db();
                var query = db.prepareStatement("select count(*) from shedlock where name = ? and locked_by = ?"
                        + " and lock_until > current_timestamp")) {
            query.setString(1, MAILBOX_LOCK);
            query.setString(2, node.name);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /**
     * The mails the dead node was sending. Each may already have reached the server, so another node sends it
     * once more: one extra copy per kill. The next kill waits until they are resent, so that two kills never
     * land on the same mail.
     */
    private void noteInterruptedSends() throws SQLException {
        try (Connection db = db()) {
            interruptedSends = rows(db, "select id, 1 from mail_outbox where status = 'SENDING'");
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

    // --- inputs and evidence ---------------------------------------------------------------------------

    private void feed(String template, int fromMail, int toMail, int fromFile, int toFile) throws Exception {
        for (int i = fromMail; i < toMail; i++) {
            CrashTestSupport.sendMail(
                    mailServer.smtpPort(), INTAKE, mailId(i), message(template, "TWO-M-" + i, i, i % 10 == 9));
        }
        for (int i = fromFile; i < toFile; i++) {
            CrashTestSupport.dropFile(
                    sftp.root(),
                    "C-ZONNIG/two-" + i + ".xml",
                    message(template, "TWO-F-" + i, 10_000 + i, i % 10 == 9));
        }
    }

    private static String mailId(int i) {
        return "<two-node-" + i + "@two-nodes.test>";
    }

    /** In how many of the folders each input mail lies (not counting copies flagged deleted). */
    private Map<String, Long> foldersPerMail() throws Exception {
        Map<String, Long> folders = new TreeMap<>();
        for (int i = 0; i < MAILS; i++) {
            long in = 0;
            for (String folder : FOLDERS) {
                if (mailServer.inFolder(INTAKE, folder, mailId(i)) > 0) {
                    in++;
                }
            }
            folders.put(mailId(i), in);
        }
        return folders;
    }

    private static List<Long> claimNumbers(Connection db) throws SQLException {
        List<Long> numbers = new ArrayList<>();
        try (ResultSet rs = db.createStatement().executeQuery("select claim_number from claim")) {
            while (rs.next()) {
                String number = rs.getString(1);
                numbers.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
            }
        }
        numbers.sort(null);
        return numbers;
    }

    private boolean everythingDone() {
        try (Connection db = db()) {
            return count(db, CrashTestSupport.INPUTS_WITH_OUTCOME) == MAILS + FILES
                    && count(db, "select count(*) from uwv_outbox where status <> 'SENT'") == 0
                    && count(db, "select count(*) from mail_outbox where status <> 'SENT'") == 0
                    && mailServer.waitingInInbox(INTAKE) == 0
                    && CrashTestSupport.filesLeftInDrop(sftp.root()).isEmpty();
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
                    + rows(db, "select status, count(*) from mail_outbox where status <> 'SENT' group by status")
                    + ", sftp-read-claims=" + rows(db, "select file, 1 from drop_file_claim")
                    + ", locks=" + rows(db, "select name || ' ' || locked_by || ' ' || lock_until, 1 from shedlock")
                    + ", inbox-left=" + mailServer.waitingInInbox(INTAKE)
                    + ", drop-left=" + CrashTestSupport.filesLeftInDrop(sftp.root());
        } catch (Exception e) {
            return "state unreadable: " + e;
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
        return DriverManager.getConnection(cluster + DATABASE, "postgres", "");
    }

    /** One engine instance: the jar as a process, started anew after each kill, with a log per run. */
    private final class Node {

        private final String name;
        private final List<Path> logs = new ArrayList<>();
        private volatile Process process;
        private int kills;

        Node(String name) {
            this.name = name;
        }

        void launch() throws IOException {
            Path log = base.resolve(name + "-" + (logs.size() + 1) + ".log");
            logs.add(log);
            List<String> command = engineCommand(mailServer.greenMail(), INTAKE, sftp, base);
            command.addAll(List.of(
                    "--spring.datasource.url=" + cluster + DATABASE,
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=",
                    "--reflex.cluster.instance-name=" + name,
                    "--reflex.cluster.poll-lock-lease=" + LEASE.toSeconds() + "s",
                    "--reflex.cluster.sftp-read-lock-max-age=10s",
                    "--reflex.cluster.sftp-read-lock-renewal=2s"));
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        }

        void awaitStarted() {
            Path log = logs.get(logs.size() - 1);
            try {
                await().atMost(Duration.ofSeconds(120))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> Files.readString(log).contains("Started ReflexEngineApplication"));
            } catch (ConditionTimeoutException notStarted) {
                throw new AssertionError(name + " did not start\n" + logTail(), notStarted);
            }
        }

        /** SIGKILL: no shutdown hook, no graceful stop, whatever the engine is doing. */
        void kill() throws InterruptedException {
            process.destroyForcibly().waitFor();
            kills++;
        }

        void stop() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }

        void destroy() {
            if (process != null) {
                process.destroyForcibly();
            }
        }

        /** How often the log of the current run has this line. */
        int count(String line) throws IOException {
            Matcher matcher = Pattern.compile(Pattern.quote(line)).matcher(Files.readString(logs.get(logs.size() - 1)));
            int found = 0;
            while (matcher.find()) {
                found++;
            }
            return found;
        }

        String logTail() {
            return CrashTestSupport.logTail(logs.get(logs.size() - 1));
        }
    }
}
