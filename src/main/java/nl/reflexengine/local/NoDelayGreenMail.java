package nl.reflexengine.local;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.imap.ImapHandler;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.Socket;
import java.net.SocketException;
import java.util.Map;

/**
 * GreenMail whose IMAP and SMTP servers switch off Nagle's algorithm on every connection, as real mail
 * servers do. GreenMail writes a response in several small pieces; with Nagle on, each piece after the
 * first waits for the client's delayed acknowledgement (about 40 ms on Linux), which made every IMAP
 * command cost 40 ms: local mode felt slow and the mailbox benchmark measured GreenMail's sockets instead of
 * the engine. Local mode and the benchmark both use it.
 */
public final class NoDelayGreenMail extends GreenMail {

    public NoDelayGreenMail(ServerSetup[] setups) {
        super(setups);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        for (ServerSetup setup : config) {
            if (setup.getProtocol().equals(ServerSetup.PROTOCOL_IMAP)) {
                services.put(setup.getProtocol(), new AbstractServer(setup, managers) {
                    @Override
                    protected ProtocolHandler createProtocolHandler(Socket socket) {
                        noDelay(socket);
                        return new ImapHandler(managers.getUserManager(), managers.getImapHostManager(), socket);
                    }
                });
            } else if (setup.getProtocol().equals(ServerSetup.PROTOCOL_SMTP)) {
                services.put(setup.getProtocol(), new SmtpServer(setup, managers) {
                    @Override
                    protected ProtocolHandler createProtocolHandler(Socket socket) {
                        noDelay(socket);
                        return super.createProtocolHandler(socket);
                    }
                });
            }
        }
        return services;
    }

    /** The port a server listens on ({@code getImap()} would expect GreenMail's own IMAP server class). */
    public static int port(GreenMail mail, String protocol) {
        return ((NoDelayGreenMail) mail).services.get(protocol).getPort();
    }

    private static void noDelay(Socket socket) {
        try {
            socket.setTcpNoDelay(true);
        } catch (SocketException e) {
            throw new IllegalStateException("cannot switch off Nagle's algorithm", e);
        }
    }
}
