package nl.reflexengine.testing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real mail server for the tests: GreenMail on 127.0.0.1, any password accepted. {@link #shared()} is the
 * one server of the test JVM (SMTP and IMAP on free ports, with the engine's intake and test mailboxes),
 * which {@link WithMailServer} wires into the engine; tests that stop and start a server have one of their
 * own ({@link #smtp}, {@link #imap}, {@link #smtpAndImap}).
 */
public final class TestMailServer {

    /** The intake and test mailboxes of the shared server, as the engine reads them. */
    public static final String INTAKE = "reflex@test.local";

    public static final String TEST_INTAKE = "reflex-test@test.local";
    public static final String PASSWORD = "secret";

    private static TestMailServer shared;

    private final GreenMail greenMail;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    private TestMailServer(ServerSetup... setups) {
        greenMail = new GreenMail(setups)
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        UserManager users = greenMail.getUserManager();
        MessageDeliveryHandler deliver = users.getMessageDeliveryHandler();
        users.setMessageDeliveryHandler((message, recipient) -> {
            if (refused.contains(recipient.getEmail())) {
                // the server answers the mail's sender "451 Requested action aborted"
                throw new MessagingException("mailbox " + recipient.getEmail() + " refuses mail");
            }
            return deliver.handle(message, recipient);
        });
    }

    /** The server of the test JVM, started on first use and never stopped: the JVM's end stops it. */
    public static synchronized TestMailServer shared() {
        if (shared == null) {
            shared = smtpAndImap(0, 0);
            shared.addMailbox(INTAKE);
            shared.addMailbox(TEST_INTAKE);
        }
        return shared;
    }

    /** SMTP and IMAP in one server (0: a free port). */
    public static TestMailServer smtpAndImap(int smtpPort, int imapPort) {
        return new TestMailServer(
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    }

    /** Only SMTP: a server that can fail without the mailbox. */
    public static TestMailServer smtp(int port) {
        return new TestMailServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Only IMAP: a mailbox that can fail without the SMTP server. */
    public static TestMailServer imap(int port) {
        return new TestMailServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    }

    public GreenMail greenMail() {
        return greenMail;
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public TestMailServer addMailbox(String address) {
        greenMail.setUser(address, address, PASSWORD);
        return this;
    }

    public void stop() {
        greenMail.stop();
    }

    /** From now on, every mail for this address is refused, as a mail server does for a full mailbox. */
    public void refuse(String address) {
        refused.add(address);
    }

    /** Mail for this address is taken again. */
    public void accept(String address) {
        refused.remove(address);
    }

    /**
     * How the engine reads the intake and test mailboxes of this server, and sends its mail through it: the
     * settings {@link WithMailServer} registers.
     */
    public Map<String, Object> engineSettings() {
        return Map.ofEntries(
                // a database of its own: this context's pollers never write into another context's records
                Map.entry("spring.datasource.url", "jdbc:h2:mem:mail-server-test;DB_CLOSE_DELAY=-1"),
                Map.entry("reflex.mail.enabled", "true"),
                Map.entry("reflex.mail.test-enabled", "true"),
                Map.entry("reflex.mail.host", "127.0.0.1"),
                Map.entry("reflex.mail.port", String.valueOf(imapPort())),
                Map.entry("reflex.mail.username", INTAKE),
                Map.entry("reflex.mail.password", PASSWORD),
                Map.entry("reflex.mail.test-username", TEST_INTAKE),
                Map.entry("reflex.mail.test-password", PASSWORD),
                Map.entry("reflex.mail.poll-delay-ms", "200"),
                Map.entry("reflex.smtp.enabled", "true"),
                Map.entry("reflex.smtp.host", "127.0.0.1"),
                Map.entry("reflex.smtp.port", String.valueOf(smtpPort())),
                Map.entry("reflex.smtp.outbox.poll-period-ms", "100"),
                Map.entry("reflex.smtp.outbox.retry-delay-ms", "100"),
                Map.entry("reflex.smtp.outbox.max-attempts", "2"),
                Map.entry("reflex.smtp.outbox.outage-pause-max-ms", "1000"));
    }

    /**
     * Mails in the user's inbox the engine has not moved away yet. A moved mail is copied to its folder and
     * flagged DELETED; until the engine's next poll expunges it, GreenMail still lists it.
     */
    public long waitingInInbox(String user) throws FolderException {
        return waitingInInbox(greenMail, user);
    }

    public static long waitingInInbox(GreenMail greenMail, String user) throws FolderException {
        MailFolder inbox = greenMail
                .getManagers()
                .getImapHostManager()
                .getInbox(greenMail.getUserManager().getUser(user));
        return inbox.getMessages().stream()
                .filter(stored -> !stored.getFlags().contains(Flags.Flag.DELETED))
                .count();
    }

    /** Mails with this Message-ID in the user's folder, not counting those flagged deleted (moved away). */
    public long inFolder(String user, String folderName, String messageId) throws Exception {
        GreenMailUser owner = greenMail.getUserManager().getUser(user);
        MailFolder folder;
        try {
            folder = greenMail.getManagers().getImapHostManager().getFolder(owner, folderName);
        } catch (RuntimeException noSuchFolder) {
            return 0;
        }
        if (folder == null) {
            return 0;
        }
        long count = 0;
        for (StoredMessage stored : folder.getMessages()) {
            if (!stored.getFlags().contains(Flags.Flag.DELETED)
                    && messageId.equals(stored.getMimeMessage().getMessageID())) {
                count++;
            }
        }
        return count;
    }

    /** Every mail the server received with this Message-ID (one per recipient). */
    public List<MimeMessage> received(String messageId) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return messageId.equals(mail.getMessageID());
                    } catch (MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
