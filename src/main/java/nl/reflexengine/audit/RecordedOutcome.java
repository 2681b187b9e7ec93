package nl.reflexengine.audit;

import java.util.List;
import nl.reflexengine.violation.Violation;

/**
 * What the audit record says of a message once it is decided.
 *
 * @param dedupeKey the content's identity ({@link ContentIdentity}): unique among decided records
 * @param format the wire format, or null when it was not recognised
 * @param clientId the client the message was found to belong to, or null
 * @param vestigingscode the vestigingscode the message named, or null
 */
public record RecordedOutcome(
        String dedupeKey,
        String format,
        String messageType,
        String messageId,
        String clientId,
        boolean test,
        Outcome outcome,
        List<Violation> violations,
        String vestigingscode) {

    public RecordedOutcome {
        violations = List.copyOf(violations);
    }
}
