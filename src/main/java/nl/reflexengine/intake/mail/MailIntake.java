package nl.reflexengine.intake.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.Delivery;
import nl.reflexengine.intake.Disposition;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.intake.IntakeProperties;
import nl.reflexengine.intake.ZipArchive;
import nl.reflexengine.reference.Client;
import nl.reflexengine.reference.ReferenceCatalog;
import nl.reflexengine.validation.ValidationProperties;
import nl.reflexengine.violation.ViolationCode;
import org.springframework.stereotype.Component;

/**
 * Opens a mail from the reflex mailbox: who sent it, which XML attachments (and XML files inside zip
 * attachments) it carries, or why it carries none we can take in. Never throws: a mail we cannot read is
 * itself an outcome, so one broken mail cannot block the mailbox.
 */
@Component("mailIntake")
public class MailIntake {

    /** For parsing raw MIME only: nothing is sent or fetched through it. */
    private static final Session LOCAL = Session.getInstance(new Properties());

    private final ReferenceCatalog catalog;
    private final MailProperties folders;
    private final IntakeProperties limits;
    private final long maxAttachmentBytes;

    public MailIntake(
            ReferenceCatalog catalog,
            MailProperties folders,
            IntakeProperties limits,
            ValidationProperties validation) {
        this.catalog = catalog;
        this.folders = folders;
        this.limits = limits;
        this.maxAttachmentBytes = validation.maxMessageBytes();
    }

    public Delivery open(Message mail, boolean testMailbox) {
        return open(mail, testMailbox, receivedAt(mail));
    }

    /**
     * Opens a mail received at a moment known otherwise than from a mail server: a mail from an archive
     * that is replayed (its Received trace, say).
     */
    public Delivery open(Message mail, boolean testMailbox, Instant received) {
        RawMime read = rawMime(mail);
        byte[] raw = read.bytes();
        Message fetched = read.whole() ? parsed(raw, mail) : mail;
        String sender = sender(fetched);
        String messageId = messageId(fetched, raw);
        Client client = catalog.clientBySender(sender).orElse(null);
        InboundMessage envelope = new InboundMessage(
                raw,
                Channel.MAIL,
                messageId,
                sender,
                client == null ? null : client.id(),
                messageId,
                subject(fetched),
                sentAt(fetched),
                received,
                testMailbox);
        if (client == null) {
            return Delivery.quarantined(envelope);
        }
        if (raw.length > limits.maxMailBytes()) {
            return Delivery.rejected(envelope, ViolationCode.MESSAGE_TOO_LARGE);
        }
        List<InboundMessage> messages = new ArrayList<>();
        try {
            collect(fetched, 0, envelope, messages);
        } catch (Unreadable e) {
            return Delivery.rejected(envelope, e.code);
        }
        if (messages.isEmpty()) {
            return Delivery.rejected(envelope, ViolationCode.NO_XML_ATTACHMENT);
        }
        return Delivery.of(envelope, messages);
    }

    /** The IMAP folder a mail moves to once every outcome of it is stored. */
    public String folder(Disposition disposition) {
        return switch (disposition) {
            case PROCESSED -> folders.processed();
            case REJECTED -> folders.rejected();
            case QUARANTINED -> folders.quarantine();
        };
    }

    private void collect(Part part, int depth, InboundMessage envelope, List<InboundMessage> messages)
            throws Unreadable {
        if (depth > limits.maxMimeDepth()) {
            throw new Unreadable(ViolationCode.MAIL_UNREADABLE);
        }
        try {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child, depth + 1, envelope, messages);
                }
                return;
            }
            String name = fileName(part);
            if (ZipArchive.isZip(name)
                    || part.isMimeType("application/zip")
                    || part.isMimeType("application/x-zip-compressed")) {
                addZip(part, name, envelope, messages);
            } else if (ZipArchive.isXml(name) || part.isMimeType("application/xml") || part.isMimeType("text/xml")) {
                add(envelope, name == null ? "bijlage-" + (messages.size() + 1) + ".xml" : name, read(part), messages);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            // a broken structure, a bad charset, a truncated part: the mail as a whole is unreadable
            throw new Unreadable(ViolationCode.MAIL_UNREADABLE);
        }
    }

    private void addZip(Part part, String name, InboundMessage envelope, List<InboundMessage> messages)
            throws MessagingException, IOException, Unreadable {
        try (InputStream in = part.getInputStream()) {
            for (ZipArchive.Entry entry : ZipArchive.xmlEntries(in, maxAttachmentBytes, limits.maxAttachments())) {
                add(envelope, (name == null ? "bijlage.zip" : name) + "!" + entry.name(), entry.content(), messages);
            }
        } catch (ZipArchive.Unusable e) {
            throw new Unreadable(e.tooMany() ? ViolationCode.TOO_MANY_ATTACHMENTS : ViolationCode.ZIP_UNREADABLE);
        }
    }

    private void add(InboundMessage envelope, String name, byte[] content, List<InboundMessage> messages)
            throws Unreadable {
        if (messages.size() == limits.maxAttachments()) {
            throw new Unreadable(ViolationCode.TOO_MANY_ATTACHMENTS);
        }
        messages.add(new InboundMessage(
                content,
                Channel.MAIL,
                envelope.source() + "/" + name,
                envelope.sender(),
                envelope.senderClientId(),
                envelope.deliveryId(),
                envelope.subject(),
                envelope.sentAt(),
                envelope.receivedAt(),
                envelope.testChannel()));
    }

    private byte[] read(Part part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes + 1));
        }
    }

    /** The attachment's own name only: a path in it ("../../x.xml") is a label, never a place. */
    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name == null) {
                return null;
            }
            String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            String safe = last.replaceAll("[^\\p{L}\\p{N}._ -]", "_").trim();
            return safe.isEmpty() || safe.equals(".") || safe.equals("..") ? null : safe;
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    /** The raw MIME as read; whole when it was read to its end within the cap. */
    private record RawMime(byte[] bytes, boolean whole) {}

    /** The raw MIME, cut one byte past the cap: enough to keep and to know it was too large. */
    private RawMime rawMime(Message mail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            mail.writeTo(new CappedOutput(out, limits.maxMailBytes() + 1));
            return new RawMime(out.toByteArray(), true);
        } catch (CappedOutput.Full enough) {
            // kept as far as the cap
        } catch (MessagingException | IOException | RuntimeException unreadable) {
            // what could be read is kept; the structure check below reports the mail as unreadable
        }
        return new RawMime(out.toByteArray(), false);
    }

    /**
     * The mail as read from its raw MIME, fetched once. Asking the IMAP message for its headers, structure
     * and parts instead costs a round trip to the server for each. Only the server's own data (the date it
     * received the mail) is still asked of the server. A mail whose raw MIME could not be read whole (too
     * large, a read error) or cannot be parsed is read from the server as before, so it is judged the same way.
     */
    private static Message parsed(byte[] raw, Message mail) {
        try {
            return new MimeMessage(LOCAL, new ByteArrayInputStream(raw));
        } catch (MessagingException | RuntimeException unparseable) {
            return mail;
        }
    }

    private static String sender(Message mail) {
        try {
            // the From header only: a parsed MimeMessage would fall back to Sender, the IMAP envelope does not
            String[] header = mail.getHeader("From");
            Address[] from = header == null || header.length == 0 ? null : InternetAddress.parseHeader(header[0], true);
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                return address.getAddress() == null
                        ? null
                        : address.getAddress().trim().toLowerCase(Locale.ROOT);
            }
        } catch (MessagingException | RuntimeException unparseable) {
            // an unparseable sender is an unknown sender
        }
        return null;
    }

    /** The Message-ID, or for a mail without one, a stable stand-in so a redelivery is recognised. */
    private static String messageId(Message mail, byte[] raw) {
        try {
            String[] ids = mail.getHeader("Message-ID");
            if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
                return ids[0].trim().replaceAll("[\\r\\n]", "");
            }
        } catch (MessagingException | RuntimeException ignored) {
            // fall through to the stand-in
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(raw);
            return "<no-message-id-" + HexFormat.of().formatHex(digest, 0, 16) + ">";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(Message mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException | RuntimeException badCharset) {
            return null;
        }
    }

    /** The Date header; a missing or unparseable one is unknown, not a reason to refuse the mail. */
    private static Instant sentAt(Message mail) {
        try {
            return mail.getSentDate() == null ? null : mail.getSentDate().toInstant();
        } catch (MessagingException | RuntimeException unparseable) {
            return null;
        }
    }

    private static Instant receivedAt(Message mail) {
        try {
            return mail.getReceivedDate() == null
                    ? Instant.now()
                    : mail.getReceivedDate().toInstant();
        } catch (MessagingException | RuntimeException e) {
            return Instant.now();
        }
    }

    private static final class Unreadable extends Exception {
        private final ViolationCode code;

        Unreadable(ViolationCode code) {
            super(code.name(), null, false, false);
            this.code = code;
        }
    }

    /** Stops writing past a cap, so a huge mail is never held whole. */
    private static final class CappedOutput extends OutputStream {
        static final class Full extends IOException {
            Full() {
                super("cap reached", null);
            }
        }

        private final OutputStream out;
        private long left;

        CappedOutput(OutputStream out, long cap) {
            this.out = out;
            this.left = cap;
        }

        @Override
        public void write(int b) throws IOException {
            if (left <= 0) {
                throw new Full();
            }
            out.write(b);
            left--;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int allowed = (int) Math.min(len, left);
            out.write(b, off, allowed);
            left -= allowed;
            if (allowed < len) {
                throw new Full();
            }
        }
    }
}
