package nl.reflexengine.intake;

import java.util.List;
import nl.reflexengine.violation.ViolationCode;

/**
 * One mail or one dropped file, opened: the messages it carries, or the reason it carries none we can
 * take in. The envelope is the delivery as a whole (raw MIME, or the file), kept when it is rejected.
 *
 * @param problem why nothing in the delivery can be processed, or null
 * @param quarantine the problem is an unknown sender: kept for operations, never answered
 */
public record Delivery(
        InboundMessage envelope, List<InboundMessage> messages, ViolationCode problem, boolean quarantine) {

    public Delivery {
        messages = List.copyOf(messages);
    }

    public static Delivery of(InboundMessage envelope, List<InboundMessage> messages) {
        return new Delivery(envelope, messages, null, false);
    }

    public static Delivery rejected(InboundMessage envelope, ViolationCode problem) {
        return new Delivery(envelope, List.of(), problem, false);
    }

    public static Delivery quarantined(InboundMessage envelope) {
        return new Delivery(envelope, List.of(), ViolationCode.UNKNOWN_SENDER, true);
    }

    public boolean hasProblem() {
        return problem != null;
    }
}
