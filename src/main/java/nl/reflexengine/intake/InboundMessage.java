package nl.reflexengine.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * A message as it arrived, before anything is known about its content.
 *
 * @param source where it came from: file path, or mail Message-ID plus attachment name
 * @param sender the mail sender address or SFTP user, if any
 * @param testChannel true when it arrived through a test mailbox or test folder: then it is a test
 *     message whatever its header says
 */
public record InboundMessage(
        byte[] raw, Channel channel, String source, String sender, Instant receivedAt, boolean testChannel) {

    public InboundMessage {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
