package nl.reflexengine.console.claims;

import java.time.LocalDate;

/** One claim in a list: the BSN is masked before it leaves the repository. */
public record ClaimRow(
        long id,
        String claimNumber,
        String clientId,
        String vestigingscode,
        String maskedBsn,
        String employeeName,
        LocalDate birthDate,
        LocalDate firstDay,
        String kind,
        String status,
        int overdueActionPoints) {}
