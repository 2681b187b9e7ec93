package nl.reflexengine.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Arrays;
import java.util.Properties;
import nl.reflexengine.outbox.OutboxSender;
import nl.reflexengine.outbox.SendFailure;

/**
 * Sends mail over SMTP (Jakarta Mail, one connection per batch). Each mail carries its own fixed
 * Message-ID, so a mail sent again after a crash at the worst moment shows as one mail in mail clients. A
 * recipient the server refuses fails the mail at once; when the server takes some recipients and refuses
 * others, the mail is sent and the refusal noted. The receipt is that note, or null.
 */
class SmtpSender implements OutboxSender<QueuedMail, String> {

    private final SmtpProperties smtp;
    private final Session session;

    SmtpSender(SmtpProperties smtp) {
        this.smtp = smtp;
        Properties properties = new Properties();
        properties.put("mail.smtp.host", smtp.host());
        properties.put("mail.smtp.port", String.valueOf(smtp.port()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(smtp.connectTimeoutMs()));
        properties.put("mail.smtp.timeout", String.valueOf(smtp.timeoutMs()));
        properties.put("mail.smtp.writetimeout", String.valueOf(smtp.timeoutMs()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(smtp.startTls()));
        properties.put("mail.smtp.auth", String.valueOf(hasLogin()));
        properties.put("mail.smtp.sendpartial", "true");
        this.session = Session.getInstance(properties);
    }

    @Override
    public Connection<QueuedMail, String> connect() throws SendFailure {
        try {
            Transport transport = session.getTransport("smtp");
            if (hasLogin()) {
                transport.connect(smtp.username(), smtp.password());
            } else {
                transport.connect();
            }
            return new SmtpConnection(transport);
        } catch (MessagingException e) {
            throw SendFailure.endpointDown("SMTP server not reachable: " + e.getMessage(), e);
        }
    }

    @Override
    public String note(String refused) {
        return refused;
    }

    private boolean hasLogin() {
        return smtp.username() != null && !smtp.username().isBlank();
    }

    private final class SmtpConnection implements Connection<QueuedMail, String> {

        private final Transport transport;

        SmtpConnection(Transport transport) {
            this.transport = transport;
        }

        @Override
        public String send(QueuedMail mail) throws SendFailure {
            try {
                MimeMessage message = compose(mail);
                transport.sendMessage(message, message.getAllRecipients());
                return null;
            } catch (SendFailedException partly) {
                if (partly.getValidSentAddresses() == null || partly.getValidSentAddresses().length == 0) {
                    throw isRefusedOnly(partly)
                            ? SendFailure.permanent(partly.getMessage(), partly)
                            : SendFailure.retryable(partly.getMessage(), partly);
                }
                // sent to the others (mail.smtp.sendpartial): one bad address must not hold up the rest
                return "refused: " + Arrays.toString(partly.getInvalidAddresses());
            } catch (MessagingException e) {
                throw SendFailure.retryable(e.getMessage(), e);
            }
        }

        @Override
        public boolean isOpen() {
            return transport.isConnected();
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException ignored) {
                // the connection is gone either way; nothing is lost, every mail's state is in the outbox
            }
        }
    }

    private static boolean isRefusedOnly(SendFailedException failed) {
        return failed.getValidUnsentAddresses() == null
                && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private MimeMessage compose(QueuedMail mail) throws MessagingException {
        String messageId = mail.messageId();
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(smtp.from()));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, InternetAddress.parse(mail.recipients()));
        message.setSubject(mail.subject(), "UTF-8");
        if (mail.attachment() == null) {
            message.setText(mail.body(), "UTF-8");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.body(), "UTF-8");
            MimeBodyPart original = new MimeBodyPart();
            original.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment(), "application/xml")));
            original.setFileName(mail.attachmentName());
            // base64 keeps the original byte for byte: text encodings would rewrite its line endings
            original.setHeader("Content-Transfer-Encoding", "base64");
            MimeMultipart multipart = new MimeMultipart();
            multipart.addBodyPart(text);
            multipart.addBodyPart(original);
            message.setContent(multipart);
        }
        message.saveChanges();
        return message;
    }
}
