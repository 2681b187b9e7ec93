package nl.reflexengine.local;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail on 127.0.0.1: SMTP to deliver to the local mailboxes, IMAP for the engine to read them, both
 * answering without Nagle's delay ({@link NoDelayGreenMail}). Any password is accepted: it is a sandbox on
 * the loopback interface, never a mail server for others. Its mailboxes live in memory only: after a restart
 * they are empty (the engine's records under data/ stay), and local mode says so at start-up.
 */
final class LocalMailServer {

    private final GreenMail greenMail;

    LocalMailServer(LocalProperties properties) {
        ServerSetup smtp = new ServerSetup(properties.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = new ServerSetup(properties.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP);
        greenMail = new NoDelayGreenMail(new ServerSetup[] {smtp, imap})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        for (String address :
                new String[] {properties.intakeAddress(), properties.testAddress(), properties.processManagerAddress()
                }) {
            greenMail.setUser(address, address, "local");
        }
    }

    void stop() {
        greenMail.stop();
    }
}
