package nl.reflexengine.replay;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import java.text.ParseException;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail reached the mail server, as the mail itself says: the newest (topmost) {@code Received:}
 * header, which the receiving server wrote, ends in "; " and the moment it received the mail. Without a
 * readable one, the {@code Date:} header, which the sender wrote.
 */
final class MailTrace {

    private MailTrace() {}

    static Optional<Receipt> receipt(MimeMessage mail) {
        return received(mail)
                .map(at -> new Receipt(at, Receipt.RECEIVED_HEADER))
                .or(() -> sent(mail).map(at -> new Receipt(at, Receipt.DATE_HEADER)));
    }

    private static Optional<Instant> received(MimeMessage mail) {
        try {
            String[] trace = mail.getHeader("Received");
            if (trace == null || trace.length == 0) {
                return Optional.empty();
            }
            String newest = trace[0].replaceAll("\\s+", " ");
            int semicolon = newest.lastIndexOf(';');
            if (semicolon < 0) {
                return Optional.empty();
            }
            return Optional.of(new MailDateFormat()
                    .parse(newest.substring(semicolon + 1).trim())
                    .toInstant());
        } catch (MessagingException | ParseException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> sent(MimeMessage mail) {
        try {
            return Optional.ofNullable(mail.getSentDate()).map(java.util.Date::toInstant);
        } catch (MessagingException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
