package nl.reflexengine.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered claim (ziekmelding), or a WAZO leave record, as the administrator keeps it. One client's claim: every look-up is
 * by client id first.
 *
 * @param closingReason why a closed claim closed: VANGNET (the dossier went to UWV) or HERSTELD
 * @param reportingDue when the employer had to report, or null where no deadline applies
 * @param leave for a WAZO application: the leave it is for; null for a sickness claim
 */
public record Claim(
        String claimNumber,
        String clientId,
        String contractCode,
        String vestigingscode,
        String bsn,
        String employeeName,
        LocalDate birthDate,
        LocalDate firstDay,
        String reason,
        ClaimStatus status,
        String closingReason,
        LocalDate lastClaimDay,
        BigDecimal partialPercentage,
        boolean vangnet,
        boolean frequentAbsence,
        Instant reportingDue,
        int daysLate,
        int fineEuro,
        String channel,
        Instant receivedAt,
        String messageId,
        Leave leave) {

    /** The kinds of record: a claim for sickness benefit, or an application for leave under the WAZO. */
    public enum Kind {
        SICKNESS,
        LEAVE
    }

    public Kind kind() {
        return leave == null ? Kind.SICKNESS : Kind.LEAVE;
    }

    public boolean isLeave() {
        return leave != null;
    }
}
