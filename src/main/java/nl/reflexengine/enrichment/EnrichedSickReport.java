package nl.reflexengine.enrichment;

import jakarta.validation.Valid;
import nl.reflexengine.reference.Branch;
import nl.reflexengine.reference.Client;
import nl.reflexengine.reference.ZwContract;
import nl.reflexengine.report.SickReport;

/**
 * A sick report with the registrations it names, as found in the reference data. A null client, contract
 * or branch means the message names one we do not know; the rules below turn that into a violation.
 *
 * @param senderClientId the client whose registered sender (mail address or drop folder) delivered the
 *     message, or null when the channel has no registered sender (replay)
 * @param contractAmbiguous the message named no contract and its loonheffingennummer has several: none is
 *     chosen, and none is missing
 */
@KnownReferenceData
@WageDataSupplied
public record EnrichedSickReport(
        @Valid SickReport report,
        Client client,
        ZwContract contract,
        Branch branch,
        String senderClientId,
        boolean contractAmbiguous) {

    /** Without a contract search: the message named its contract, or has no client to search in. */
    public EnrichedSickReport(
            SickReport report, Client client, ZwContract contract, Branch branch, String senderClientId) {
        this(report, client, contract, branch, senderClientId, false);
    }
}
