package nl.reflexengine.testing;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Mails as payroll systems send them: a short text and the samples as attachments, with a Message-ID. */
public final class TestMails {

    public static final String ZONNIG = "salaris@zonnig-uitzendwerk.example";
    public static final String DELTA = "payroll@deltaflex.example";
    public static final String STRANGER = "stranger@elsewhere.example";

    private TestMails() {}

    /** A session that sends to the shared test mail server. */
    public static Session smtp() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put(
                "mail.smtp.port",
                String.valueOf(TestMailServer.shared().greenMail().getSmtp().getPort()));
        return Session.getInstance(properties);
    }

    /** A session that sends nothing: for mails that are only written to a file. */
    public static Session offline() {
        return Session.getInstance(new Properties());
    }

    /** A mail with a fresh Message-ID that saving and sending keep. */
    public static MimeMessage mail(
            Session session, String from, String to, String subject, Instant sent, MimeBodyPart... parts)
            throws MessagingException {
        MimeMessage mail = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                if (getHeader("Message-ID") == null) {
                    setHeader("Message-ID", "<" + UUID.randomUUID() + "@test.local>");
                }
            }
        };
        mail.setFrom(new InternetAddress(from));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject(subject, "UTF-8");
        mail.setSentDate(Date.from(sent));
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Zie bijlage.", "UTF-8");
        multipart.addBodyPart(text);
        for (MimeBodyPart part : parts) {
            multipart.addBodyPart(part);
        }
        mail.setContent(multipart);
        mail.saveChanges();
        return mail;
    }

    /** A sample (path below samples/) as an XML attachment under its own file name. */
    public static MimeBodyPart attachment(String sample) throws MessagingException, IOException {
        Path file = Path.of("samples", sample);
        return part(file.getFileName().toString(), Files.readAllBytes(file), "application/xml");
    }

    /** Samples in one zip attachment, each under its path below samples/. */
    public static MimeBodyPart zipAttachment(String name, String... samples) throws MessagingException, IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            for (String sample : samples) {
                zip.putNextEntry(new ZipEntry(sample));
                zip.write(Files.readAllBytes(Path.of("samples", sample)));
                zip.closeEntry();
            }
        }
        return part(name, zipped.toByteArray(), "application/zip");
    }

    public static MimeBodyPart part(String name, byte[] content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    /** The mail as raw MIME, as an .eml file holds it. */
    public static byte[] raw(MimeMessage mail) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        mail.writeTo(out);
        return out.toByteArray();
    }
}
