package nl.reflexengine.report;

import nl.reflexengine.report.rules.Loonheffingennummer;

/** Contract and sender as the message states them; the enrichment step checks them against reference data. */
public record Employer(
        String clientName,
        @Loonheffingennummer String loonheffingennummer,
        String contractCode,
        String vestigingscode,
        String confirmationEmail) {}
