package nl.reflexengine.testing;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.keyverifier.KnownHostsServerKeyVerifier;
import org.apache.sshd.client.keyverifier.RejectAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.keyprovider.FileKeyPairProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * The Dovecot and OpenSSH servers that {@code .ci/real-servers} starts, as its environment variables
 * describe them: how the engine reaches them ({@link #engineSettings()}), and how a test puts a mail into
 * a mailbox, a file into a drop, and looks where they went.
 */
public record RealServers(
        String imapHost,
        int imapPort,
        String imapUser,
        String imapPassword,
        String imapTestUser,
        String imapTestPassword,
        String sftpHost,
        int sftpPort,
        String sftpUser,
        Path sftpKey,
        Path sftpKnownHosts,
        Path sftpRoot) {

    static final List<String> VARIABLES = List.of(
            "REFLEX_TEST_IMAP_HOST",
            "REFLEX_TEST_IMAP_PORT",
            "REFLEX_TEST_IMAP_USER",
            "REFLEX_TEST_IMAP_PASSWORD",
            "REFLEX_TEST_IMAP_TEST_USER",
            "REFLEX_TEST_IMAP_TEST_PASSWORD",
            "REFLEX_TEST_SFTP_HOST",
            "REFLEX_TEST_SFTP_PORT",
            "REFLEX_TEST_SFTP_USER",
            "REFLEX_TEST_SFTP_KEY",
            "REFLEX_TEST_SFTP_KNOWN_HOSTS",
            "REFLEX_TEST_SFTP_ROOT");

    /** The servers of this run; a test that asks for them without them fails, naming what is missing. */
    public static RealServers fromEnvironment() {
        List<String> missing = VARIABLES.stream()
                .filter(name ->
                        System.getenv(name) == null || System.getenv(name).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The real-servers tests need Dovecot and OpenSSH as .ci/real-servers starts"
                    + " them (run: bash -c 'source .ci/real-servers && ./mvnw ...'); not set: " + missing);
        }
        return new RealServers(
                System.getenv("REFLEX_TEST_IMAP_HOST"),
                Integer.parseInt(System.getenv("REFLEX_TEST_IMAP_PORT")),
                System.getenv("REFLEX_TEST_IMAP_USER"),
                System.getenv("REFLEX_TEST_IMAP_PASSWORD"),
                System.getenv("REFLEX_TEST_IMAP_TEST_USER"),
                System.getenv("REFLEX_TEST_IMAP_TEST_PASSWORD"),
                System.getenv("REFLEX_TEST_SFTP_HOST"),
                Integer.parseInt(System.getenv("REFLEX_TEST_SFTP_PORT")),
                System.getenv("REFLEX_TEST_SFTP_USER"),
                Path.of(System.getenv("REFLEX_TEST_SFTP_KEY")),
                Path.of(System.getenv("REFLEX_TEST_SFTP_KNOWN_HOSTS")),
                Path.of(System.getenv("REFLEX_TEST_SFTP_ROOT")));
    }

    /**
     * How the engine reads both mailboxes and polls the drops of these servers. The SFTP credentials and
     * host-key options are production's own lines (application-production.properties), filled in with a key
     * file and a known_hosts file as production's environment fills them in. The mailbox is plain IMAP:
     * Dovecot here has no certificate, and production's imaps differs only in the transport.
     */
    public Map<String, Object> engineSettings() {
        Properties production = production();
        return Map.ofEntries(
                // a database of its own: this context's pollers never write into another context's records
                Map.entry("spring.datasource.url", "jdbc:h2:mem:real-servers-test;DB_CLOSE_DELAY=-1"),
                Map.entry("reflex.mail.enabled", "true"),
                Map.entry("reflex.mail.test-enabled", "true"),
                Map.entry("reflex.mail.protocol", "imap"),
                Map.entry("reflex.mail.host", imapHost),
                Map.entry("reflex.mail.port", String.valueOf(imapPort)),
                Map.entry("reflex.mail.username", imapUser),
                Map.entry("reflex.mail.password", imapPassword),
                Map.entry("reflex.mail.test-username", imapTestUser),
                Map.entry("reflex.mail.test-password", imapTestPassword),
                Map.entry("reflex.mail.poll-delay-ms", "200"),
                Map.entry("reflex.sftp.enabled", "true"),
                Map.entry("reflex.sftp.host", sftpHost),
                Map.entry("reflex.sftp.port", String.valueOf(sftpPort)),
                Map.entry("reflex.sftp.username", sftpUser),
                Map.entry("reflex.sftp.credentials", production.getProperty("reflex.sftp.credentials")),
                Map.entry("REFLEX_SFTP_CREDENTIALS", "privateKeyFile=" + sftpKey),
                Map.entry("reflex.sftp.host-key-options", production.getProperty("reflex.sftp.host-key-options")),
                Map.entry("REFLEX_SFTP_KNOWN_HOSTS", sftpKnownHosts.toString()),
                Map.entry("reflex.sftp.poll-delay-ms", "200"),
                Map.entry("reflex.sftp.read-lock-check-interval-ms", "200"),
                // SFTP listings give modification times in whole seconds: the minimum age is felt a second early
                Map.entry("reflex.sftp.read-lock-min-age-ms", "3000"));
    }

    private static Properties production() {
        Properties properties = new Properties();
        try (InputStream in = RealServers.class.getResourceAsStream("/application-production.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    // --- IMAP ---------------------------------------------------------------------------------------------

    /** Puts a mail into a mailbox's INBOX with IMAP APPEND, as a mail server delivers it. */
    public void append(String user, String password, MimeMessage mail) throws MessagingException {
        try (Store store = imap(user, password)) {
            store.getFolder("INBOX").appendMessages(new Message[] {mail});
        }
    }

    /** Mails with this Message-ID in a mailbox's folder, not counting those flagged deleted (moved away). */
    public long inFolder(String user, String password, String folderName, String messageId) throws MessagingException {
        try (Store store = imap(user, password)) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return Arrays.stream(folder.search(new MessageIDTerm(messageId)))
                        .filter(mail -> {
                            try {
                                return !mail.isSet(Flags.Flag.DELETED);
                            } catch (MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .count();
            } finally {
                folder.close(false);
            }
        }
    }

    private Store imap(String user, String password) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "10000");
        properties.put("mail.imap.timeout", "10000");
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(imapHost, imapPort, user, password);
        return store;
    }

    // --- SFTP ---------------------------------------------------------------------------------------------

    /** Uploads a file over SFTP below the drop root, creating its folders, as a payroll system drops one. */
    public void upload(String path, byte[] content) throws IOException {
        try (SshClient client = SshClient.setUpDefaultClient()) {
            client.setServerKeyVerifier(
                    new KnownHostsServerKeyVerifier(RejectAllServerKeyVerifier.INSTANCE, sftpKnownHosts));
            client.setKeyIdentityProvider(new FileKeyPairProvider(sftpKey));
            client.start();
            try (ClientSession session = client.connect(sftpUser, sftpHost, sftpPort)
                    .verify(Duration.ofSeconds(10))
                    .getSession()) {
                session.auth().verify(Duration.ofSeconds(10));
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                    int slash = path.lastIndexOf('/');
                    if (slash > 0) {
                        mkdirs(sftp, path.substring(0, slash));
                    }
                    try (OutputStream out = sftp.write(path)) {
                        out.write(content);
                    }
                }
            }
        }
    }

    private static void mkdirs(SftpClient sftp, String folder) throws IOException {
        String path = "";
        for (String part : folder.split("/")) {
            path = path.isEmpty() ? part : path + "/" + part;
            try {
                sftp.stat(path);
            } catch (SftpException e) {
                if (e.getStatus() != SftpConstants.SSH_FX_NO_SUCH_FILE) {
                    throw e;
                }
                sftp.mkdir(path);
            }
        }
    }
}
