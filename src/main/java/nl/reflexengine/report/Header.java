package nl.reflexengine.report;

import java.time.OffsetDateTime;

/**
 * Message header.
 *
 * @param payrollSystem the sending payroll system or reporting software
 * @param refersToMessageId for a correction or withdrawal: the message it replaces or withdraws
 */
public record Header(
        Origin origin,
        String messageId,
        String payrollSystem,
        String sender,
        OffsetDateTime created,
        boolean test,
        String refersToMessageId) {}
