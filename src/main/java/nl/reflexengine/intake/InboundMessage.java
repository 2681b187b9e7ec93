package nl.reflexengine.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as it arrived, before anything is known about its content.
 *
 * @param source where it came from: the file's path in its drop or archive, or the mail's Message-ID
 *     plus the attachment's name; the same input delivered again has the same source
 * @param sender the mail sender address or SFTP user, if any
 * @param senderClientId the client the sender is registered for (by mail address or drop folder), if known
 * @param deliveryId the mail's Message-ID; part of the duplicate check for mail, where the same
 *     attachment may rightly arrive in two different mails
 * @param subject the mail's subject, if any
 * @param sentAt when the sender sent the mail (its Date header), if known: a reply quotes it, so the sender
 *     can find the mail it answers in its own outbox
 * @param testChannel true when it arrived through a test mailbox or test folder: then it is a test
 *     message whatever its header says
 */
public record InboundMessage(
        byte[] raw,
        Channel channel,
        String source,
        String sender,
        String senderClientId,
        String deliveryId,
        String subject,
        Instant sentAt,
        Instant receivedAt,
        boolean testChannel) {

    public InboundMessage {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    /** A file from an archive or drop: no mail headers, no registered sender. */
    public static InboundMessage file(
            byte[] raw, Channel channel, String source, Instant receivedAt, boolean testChannel) {
        return new InboundMessage(raw, channel, source, null, null, null, null, null, receivedAt, testChannel);
    }
}
