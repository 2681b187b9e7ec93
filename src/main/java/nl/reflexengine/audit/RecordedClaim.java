package nl.reflexengine.audit;

import java.time.Instant;

/**
 * The claim as an accepted message left it, recorded on the message's audit record: a later message changes
 * the claim itself, and auditors compare message by message (see export-outcomes).
 *
 * @param status LOPEND, GESLOTEN or GEANNULEERD
 * @param reportingDue when the employer had to report, or null where no deadline applies
 * @param uwvDue when the claim's first report must have reached UWV
 */
public record RecordedClaim(
        String number,
        String status,
        Instant reportingDue,
        int daysLate,
        int fineEuro,
        boolean frequentAbsence,
        Instant uwvDue) {}
