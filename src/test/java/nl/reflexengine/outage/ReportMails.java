package nl.reflexengine.outage;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import nl.reflexengine.testing.TestMailServer;

/** Mails for the outage tests: one sample report, put straight into a mailbox (no SMTP needed for that). */
final class ReportMails {

    static final String SENDER = "salaris@zonnig-uitzendwerk.example";

    private ReportMails() {}

    static void deliver(TestMailServer server, String mailbox, String messageId, String bsn) throws Exception {
        String xml = Files.readString(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"))
                .replaceFirst("<BerichtId>[^<]+<", "<BerichtId>" + messageId + "<")
                .replaceFirst("<Bsn>[^<]+<", "<Bsn>" + bsn + "<");
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(SENDER));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mailbox));
        message.setSubject("Ziekmelding");
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(xml.getBytes(), "application/xml")));
        part.setFileName("ziekmelding.xml");
        message.setContent(new MimeMultipart(part));
        message.saveChanges();
        server.greenMail().getUserManager().getUser(mailbox).deliver(message);
    }
}
