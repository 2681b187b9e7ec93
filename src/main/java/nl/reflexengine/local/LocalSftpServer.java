package nl.reflexengine.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * Apache MINA SSHD with only the SFTP subsystem, on 127.0.0.1, serving one folder with a drop folder per
 * client. One account, for the payroll systems and the engine alike.
 */
final class LocalSftpServer {

    private final SshServer server;

    LocalSftpServer(LocalProperties properties, Collection<String> clientIds) {
        Path root = properties.sftpRoot().toAbsolutePath();
        try {
            for (String clientId : clientIds) {
                Files.createDirectories(root.resolve(clientId));
            }
            Files.createDirectories(properties.sftpHostKey().toAbsolutePath().getParent());
            server = SshServer.setUpDefaultServer();
            server.setHost("127.0.0.1");
            server.setPort(properties.sftpPort());
            server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(properties.sftpHostKey()));
            server.setPasswordAuthenticator(
                    (user, password, session) -> properties.sftpUsername().equals(user)
                            && properties.sftpPassword().equals(password));
            server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
            server.setFileSystemFactory(new VirtualFileSystemFactory(root));
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("The local SFTP server cannot start on port " + properties.sftpPort(), e);
        }
    }

    void stop() throws IOException {
        server.stop(true);
    }
}
