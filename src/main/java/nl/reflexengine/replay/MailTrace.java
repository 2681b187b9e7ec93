package nl.reflexengine.replay;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MailDateFormat;
import java.io.InputStream;
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

    /**
     * @param in the mail's raw MIME; only its header block is read, so a large mail costs no more than its
     *     headers
     */
    static Optional<Receipt> receipt(InputStream in) {
        try {
            InternetHeaders headers = new InternetHeaders(in);
            return moment(headers, "Received", true)
                    .map(at -> new Receipt(at, Receipt.RECEIVED_HEADER))
                    .or(() -> moment(headers, "Date", false).map(at -> new Receipt(at, Receipt.DATE_HEADER)));
        } catch (MessagingException | RuntimeException unreadable) {
            return Optional.empty(); // the intake will say what is wrong with the mail
        }
    }

    /** The first such header's date: for a trace header, the part after its last ";". */
    private static Optional<Instant> moment(InternetHeaders headers, String name, boolean trace) {
        String[] values = headers.getHeader(name);
        if (values == null || values.length == 0) {
            return Optional.empty();
        }
        String value = values[0].replaceAll("\\s+", " ");
        if (trace) {
            int semicolon = value.lastIndexOf(';');
            if (semicolon < 0) {
                return Optional.empty();
            }
            value = value.substring(semicolon + 1);
        }
        try {
            return Optional.of(new MailDateFormat().parse(value.trim()).toInstant());
        } catch (ParseException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
