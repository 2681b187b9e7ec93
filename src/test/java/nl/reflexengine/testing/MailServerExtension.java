package nl.reflexengine.testing;

/** The shared {@link TestMailServer} for the test classes marked {@link WithMailServer}. */
public class MailServerExtension extends SharedServerExtension<TestMailServer> {

    public MailServerExtension() {
        super(
                WithMailServer.class,
                TestMailServer.class,
                TestMailServer::shared,
                () -> TestMailServer.shared().engineSettings());
    }
}
