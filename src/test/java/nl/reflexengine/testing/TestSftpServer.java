package nl.reflexengine.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.server.SftpEventListener;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * A real SFTP server for the tests: Apache MINA SSHD with only its SFTP subsystem on 127.0.0.1, serving a
 * temporary folder with a drop folder (and a test folder) per client of {@code samples/reference}, an RSA
 * host key that a {@code known_hosts} file vouches for, and one account. {@link #shared()} is the server of
 * the test JVM, which {@link WithSftpServer} wires into the engine; {@link #start} gives a test one of its own.
 */
public final class TestSftpServer {

    public static final String USER = "drop";
    public static final String PASSWORD = "secret";
    static final List<String> CLIENTS = List.of("C-ZONNIG", "C-DELTA", "C-NOORD");

    private static TestSftpServer shared;

    private final Path root;
    private final Path hostKey;
    private final Path knownHosts;
    private final List<SftpEventListener> listeners;
    private volatile SshServer server;
    private int port;

    private TestSftpServer(Path base, List<SftpEventListener> listeners) throws IOException {
        this.root = Files.createDirectories(base.resolve("drops"));
        this.hostKey = base.resolve("host-key.ser");
        this.knownHosts = base.resolve("known_hosts");
        this.listeners = List.copyOf(listeners);
        for (String client : CLIENTS) {
            Files.createDirectories(root.resolve(client).resolve("test"));
        }
    }

    /** The server of the test JVM, started on first use and never stopped: the JVM's end stops it. */
    public static synchronized TestSftpServer shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    /** A server of one's own on a free port; listeners see every SFTP operation (a move, say). */
    public static TestSftpServer start(SftpEventListener... listeners) {
        try {
            TestSftpServer server = new TestSftpServer(Files.createTempDirectory("sftp-server"), List.of(listeners));
            server.startOn(0);
            KeyPair key =
                    server.server.getKeyPairProvider().loadKeys(null).iterator().next();
            Files.writeString(
                    server.knownHosts,
                    "[127.0.0.1]:" + server.port + " " + PublicKeyEntry.toString(key.getPublic()) + "\n");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void startOn(int onPort) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(onPort);
        SimpleGeneratorHostKeyProvider keys = new SimpleGeneratorHostKeyProvider(hostKey);
        keys.setAlgorithm("RSA");
        sshd.setKeyPairProvider(keys);
        sshd.setPasswordAuthenticator((user, password, session) -> USER.equals(user) && PASSWORD.equals(password));
        SftpSubsystemFactory subsystem = new SftpSubsystemFactory();
        listeners.forEach(subsystem::addSftpEventListener);
        sshd.setSubsystemFactories(List.of(subsystem));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sshd.start();
        server = sshd;
        port = sshd.getPort();
    }

    /** Stops the server; {@link #restart()} brings it back on the same port with the same host key. */
    public void stop() throws IOException {
        server.stop(true);
    }

    public void restart() throws IOException {
        startOn(port);
    }

    public int port() {
        return port;
    }

    /** The folder the server serves: the drop root. */
    public Path root() {
        return root;
    }

    /** How the engine polls the drops of this server, host key checked: the settings {@link WithSftpServer} registers. */
    public Map<String, Object> engineSettings() {
        return Map.ofEntries(
                // a database of its own: this context's pollers never write into another context's records
                Map.entry("spring.datasource.url", "jdbc:h2:mem:sftp-server-test;DB_CLOSE_DELAY=-1"),
                Map.entry("reflex.sftp.enabled", "true"),
                Map.entry("reflex.sftp.host", "127.0.0.1"),
                Map.entry("reflex.sftp.port", String.valueOf(port)),
                Map.entry("reflex.sftp.username", USER),
                Map.entry("reflex.sftp.credentials", "password=RAW(" + PASSWORD + ")"),
                Map.entry(
                        "reflex.sftp.host-key-options",
                        "knownHostsFile=" + knownHosts + "&strictHostKeyChecking=yes&useUserKnownHostsFile=false"),
                Map.entry("reflex.sftp.poll-delay-ms", "200"),
                Map.entry("reflex.sftp.read-lock-check-interval-ms", "200"),
                // SFTP listings give modification times in whole seconds: the minimum age is felt a second early
                Map.entry("reflex.sftp.read-lock-min-age-ms", "3000"));
    }

    /** An SFTP session as a payroll system opens one. */
    public ClientSession session() throws IOException {
        SshClient client = SshClient.setUpDefaultClient();
        client.start();
        ClientSession session = client.connect(USER, "127.0.0.1", port)
                .verify(Duration.ofSeconds(10))
                .getSession();
        session.addPasswordIdentity(PASSWORD);
        session.auth().verify(Duration.ofSeconds(10));
        return session;
    }

    /** Uploads a file over SFTP, as a payroll system drops one. */
    public void upload(String path, byte[] content) throws IOException {
        try (ClientSession session = session();
                SftpClient sftp = SftpClientFactory.instance().createSftpClient(session);
                OutputStream out = sftp.write(path)) {
            out.write(content);
        }
    }
}
