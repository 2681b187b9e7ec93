package nl.reflexengine.rejection;

import java.util.List;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.reference.Client;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.validation.MessageFormat;
import nl.reflexengine.violation.Violation;

/**
 * What a report about a message's outcome tells, and what decides whose report it is.
 *
 * @param auditId the message's record: the mail's Message-ID derives from it
 * @param format the format the message was recognised as, or null when it was none we read (only XML of a
 *     format we read may go along as the original)
 * @param messageType the root element of the message, as the format detection found it
 * @param report the canonical report, or null when the message could not be mapped
 * @param employer the client the message's loonheffingennummer belongs to, or null when unknown
 * @param loonheffingennummer the employer the message names, also when it could not be mapped
 */
public record ReportedMessage(
        long auditId,
        Outcome outcome,
        InboundMessage inbound,
        List<Violation> violations,
        String messageId,
        String messageType,
        MessageFormat format,
        SickReport report,
        Client employer,
        String loonheffingennummer) {

    public ReportedMessage {
        violations = List.copyOf(violations);
    }

    public boolean xml() {
        return format != null;
    }
}
