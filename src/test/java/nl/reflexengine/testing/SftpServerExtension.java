package nl.reflexengine.testing;

/** The shared {@link TestSftpServer} for the test classes marked {@link WithSftpServer}. */
public class SftpServerExtension extends SharedServerExtension<TestSftpServer> {

    public SftpServerExtension() {
        super(
                WithSftpServer.class,
                TestSftpServer.class,
                TestSftpServer::shared,
                () -> TestSftpServer.shared().engineSettings());
    }
}
