package nl.reflexengine.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered claim (ziekmelding) as the administrator keeps it. One client's claim: every look-up is
 * by client id first.
 *
 * @param closingReason why a closed claim closed: VANGNET (the dossier went to UWV) or HERSTELD
 * @param reportingDue when the employer had to report, or null where no deadline applies
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
        String messageId) {}
