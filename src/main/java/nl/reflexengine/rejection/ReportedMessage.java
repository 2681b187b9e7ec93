package nl.reflexengine.rejection;

import java.util.List;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.reference.Client;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.violation.Violation;

/**
 * What a report about a message's outcome tells, and what decides whose report it is.
 *
 * @param auditId the message's record: the mail's Message-ID derives from it
 * @param xml whether the message was XML of a format we read (only then may the original go along)
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
        boolean xml,
        SickReport report,
        Client employer,
        String loonheffingennummer) {

    public ReportedMessage {
        violations = List.copyOf(violations);
    }
}
