package nl.reflexengine.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import nl.reflexengine.TestBsns;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestMailServer;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The database goes away while mails keep arriving: a real H2 server stopped and started again under the
 * engine. No valid message is rejected for it; the mails wait in the inbox, and once the database is back
 * every one of them is accepted, once.
 */
@EngineTest
@TestPropertySource(
        properties = {
            "reflex.errors.infrastructure.max-redeliveries=2",
            "reflex.errors.infrastructure.redelivery-delay-ms=50",
            "spring.datasource.hikari.connection-timeout=1000",
            "spring.datasource.hikari.validation-timeout=500"
        })
@DirtiesContext // its database stops and starts: closed once done
@Tag("h2-only")
class DatabaseOutageTest {

    static final String INTAKE = "reflex@db-outage.test";
    static final String SENDER = "salaris@zonnig-uitzendwerk.example";
    static final int DB_PORT = MailboxOutageTest.freePort();
    static final Path DB_DIRECTORY;
    static Server database;
    /** A mailbox of its own on the shared mail server. */
    static final TestMailServer MAIL = TestMailServer.shared().addMailbox(INTAKE);

    static {
        try {
            DB_DIRECTORY = Files.createTempDirectory("db-outage");
            database = startDatabase();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Server startDatabase() throws SQLException {
        return Server.createTcpServer(
                        "-tcpPort", String.valueOf(DB_PORT), "-baseDir", DB_DIRECTORY.toString(), "-ifNotExists")
                .start();
    }

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:tcp://127.0.0.1:" + DB_PORT + "/reflex");
        registry.add("reflex.mail.enabled", () -> "true");
        registry.add("reflex.mail.port", MAIL::imapPort);
        registry.add("reflex.mail.username", () -> INTAKE);
        registry.add("reflex.mail.password", () -> TestMailServer.PASSWORD);
        registry.add("reflex.mail.poll-delay-ms", () -> "200");
    }

    @AfterAll
    static void stop() {
        database.stop();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void mailsArrivingWhileTheDatabaseIsDownAreAcceptedOnceItIsBack() throws Exception {
        deliver("DB-UP-0", 0);
        // accepted, and out of the inbox: the mail leaves the inbox only after its outcome is recorded
        await().atMost(Duration.ofSeconds(30))
                .until(() -> outcomes("ACCEPTED") == 1 && MAIL.waitingInInbox(INTAKE) == 0);

        database.stop();
        for (int i = 1; i <= 5; i++) {
            deliver("DB-DOWN-" + i, i);
        }
        // without the database no instance can take the mailbox's poll lock (cluster.OneInstanceAtATime), so
        // no mail is even opened: each waits in the inbox, poll after poll
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> MAIL.waitingInInbox(INTAKE) == 5);

        database = startDatabase();

        await().atMost(Duration.ofSeconds(60)).until(() -> MAIL.waitingInInbox(INTAKE) == 0);
        assertThat(jdbc.queryForList(
                        "select outcome from audit_message where message_id like 'DB-%' order by message_id",
                        String.class))
                .as("one outcome per mail, every one accepted")
                .isEqualTo(List.of("ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED"));
        assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class))
                .isEqualTo(6);
    }

    private int outcomes(String outcome) {
        try {
            return jdbc.queryForObject(
                    "select count(*) from audit_message where message_id like 'DB-%' and outcome = ?",
                    Integer.class, outcome);
        } catch (RuntimeException databaseDown) {
            return -1;
        }
    }

    private static void deliver(String messageId, int person) throws Exception {
        ReportMails.deliver(MAIL, INTAKE, messageId, TestBsns.from(500_000_000L + person * 97L));
    }
}
