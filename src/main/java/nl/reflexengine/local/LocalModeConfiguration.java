package nl.reflexengine.local;

import java.io.IOException;
import nl.reflexengine.reference.Client;
import nl.reflexengine.reference.ReferenceCatalog;
import nl.reflexengine.users.AccountStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Local mode: the engine brings its own mail and SFTP servers, started before any route polls them, and
 * says once it is ready how to send it a message with ordinary tools.
 */
@Configuration
@ConditionalOnProperty(name = "reflex.local.enabled", havingValue = "true")
class LocalModeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(LocalModeConfiguration.class);

    @Bean(destroyMethod = "stop")
    LocalMailServer localMailServer(LocalProperties properties) {
        return new LocalMailServer(properties);
    }

    @Bean(destroyMethod = "stop")
    LocalSftpServer localSftpServer(LocalProperties properties, ReferenceCatalog catalog) {
        return new LocalSftpServer(
                properties, catalog.data().clients().stream().map(Client::id).toList());
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void explain(ApplicationReadyEvent ready) throws IOException {
        LocalProperties p = ready.getApplicationContext().getBean(LocalProperties.class);
        ReferenceCatalog catalog = ready.getApplicationContext().getBean(ReferenceCatalog.class);
        Client client = catalog.data().clients().get(0);
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String managementPort =
                ready.getApplicationContext().getEnvironment().getProperty("local.management.port", "8081");
        log.info(
                """

                Reflex Engine runs in local mode.
                  Mail a sample (as {}, a registered sender of {}) to the intake address {}:
                    curl smtp://127.0.0.1:{} --mail-from {} --mail-rcpt {} -H "From: {}" \\
                      -H "Subject: Ziekmelding" -F "=@samples/reflex/valid/ziek-uitzendkracht.xml;type=application/xml;encoder=base64"
                  Test reflexes go to {}.
                  Drop a sample on SFTP (user {}, password {}), in the client's folder:
                    sftp -P {} -o StrictHostKeyChecking=no {}@127.0.0.1     then: put samples/reflex/valid/ziek-zwangerschap.xml {}/
                  or, without a password prompt: curl -k -T samples/reflex/valid/ziek-zwangerschap.xml sftp://{}:{}@127.0.0.1:{}/{}/
                  Outcomes: the log below, IMAP folders Processed / Rejected / Quarantine, SFTP folders .done / .error,
                  the H2 database under data/ (table audit_message), and health at http://127.0.0.1:{}/actuator/health
                  The console: http://127.0.0.1:{}/ (the users and their passwords are printed above this)
                  The local mail server keeps its mailboxes in memory: they are empty again after a restart (the
                  records, claims and outboxes under data/ stay).
                """,
                client.senderAddresses().get(0),
                client.id(),
                p.intakeAddress(),
                p.smtpPort(),
                client.senderAddresses().get(0),
                p.intakeAddress(),
                client.senderAddresses().get(0),
                p.testAddress(),
                p.sftpUsername(),
                p.sftpPassword(),
                p.sftpPort(),
                p.sftpUsername(),
                client.id(),
                p.sftpUsername(),
                p.sftpPassword(),
                p.sftpPort(),
                client.id(),
                managementPort,
                port);
    }

    /**
     * One console user per role, renewed at each start and printed before the engine says it is ready.
     * Printed on standard output, not logged (see {@link LocalConsoleUsers}).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0) // before explain(), which points at this
    void printConsoleUsers(ApplicationReadyEvent ready) {
        var context = ready.getApplicationContext();
        if (!context.getEnvironment().getProperty("reflex.console.enabled", Boolean.class, false)) {
            return;
        }
        var users = new LocalConsoleUsers(context.getBean(AccountStore.class), context.getBean(PasswordEncoder.class))
                .renew(context.getBean(ReferenceCatalog.class).data().clients());
        StringBuilder text = new StringBuilder("\nConsole users of local mode (new passwords at every start):\n");
        users.forEach((name, password) ->
                text.append("  ").append(name).append("  ").append(password).append('\n'));
        System.out.println(text);
    }
}
