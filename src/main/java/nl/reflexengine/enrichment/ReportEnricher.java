package nl.reflexengine.enrichment;

import java.util.List;
import nl.reflexengine.reference.Branch;
import nl.reflexengine.reference.Client;
import nl.reflexengine.reference.ReferenceCatalog;
import nl.reflexengine.reference.ZwContract;
import nl.reflexengine.report.Employer;
import nl.reflexengine.report.SickReport;
import org.springframework.stereotype.Component;

/**
 * Looks up the client, ZW contract and branch a message names. Finds, never judges: what is missing is
 * left null for the business rules to report together with everything else wrong with the message.
 */
@Component("reportEnricher")
public class ReportEnricher {

    private final ReferenceCatalog catalog;

    public ReportEnricher(ReferenceCatalog catalog) {
        this.catalog = catalog;
    }

    public EnrichedSickReport enrich(SickReport report, String senderClientId) {
        // one version of the reference data for all of this message's lookups, even during a reload
        ReferenceCatalog catalog = this.catalog.snapshot();
        Employer employer = report.employer();
        Client client = employer == null || employer.loonheffingennummer() == null
                ? null
                : catalog.clientByLoonheffingennummer(employer.loonheffingennummer())
                        .orElse(null);
        if (client == null) {
            return new EnrichedSickReport(report, null, null, null, senderClientId);
        }
        boolean ambiguous = employer.contractCode() == null
                && catalog.contractsFor(client.id(), employer.loonheffingennummer())
                                .size()
                        > 1;
        return new EnrichedSickReport(
                report,
                client,
                contract(catalog, client, employer),
                branch(catalog, client, employer),
                senderClientId,
                ambiguous);
    }

    /**
     * The named contract if it is the client's and covers this loonheffingennummer. Formats that name no
     * contract (DigiZSM) get the client's only contract for the loonheffingennummer, if there is exactly one.
     */
    private static ZwContract contract(ReferenceCatalog catalog, Client client, Employer employer) {
        if (employer.contractCode() == null) {
            List<ZwContract> candidates = catalog.contractsFor(client.id(), employer.loonheffingennummer());
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
        return catalog.contract(client.id(), employer.contractCode())
                .filter(c -> c.loonheffingennummer().equals(employer.loonheffingennummer()))
                .orElse(null);
    }

    private static Branch branch(ReferenceCatalog catalog, Client client, Employer employer) {
        return employer.vestigingscode() == null
                ? null
                : catalog.branch(client.id(), employer.vestigingscode()).orElse(null);
    }
}
