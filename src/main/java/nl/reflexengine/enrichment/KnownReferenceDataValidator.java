package nl.reflexengine.enrichment;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.report.Employer;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class KnownReferenceDataValidator implements ConstraintValidator<KnownReferenceData, EnrichedSickReport> {

    @Override
    public boolean isValid(EnrichedSickReport enriched, ConstraintValidatorContext context) {
        Employer employer = enriched.report().employer();
        if (employer == null || employer.loonheffingennummer() == null) {
            return true;
        }
        if (enriched.client() == null) {
            // without the client, its contracts and branches cannot be judged: one violation says it all
            RuleViolations.report(
                    context, ViolationCode.UNKNOWN_LOONHEFFINGENNUMMER, "report", "employer", "loonheffingennummer");
            return false;
        }
        boolean valid = true;
        if (enriched.senderClientId() != null
                && !enriched.senderClientId().equals(enriched.client().id())) {
            // strict separation: one client's sender never reports for another client's employees
            RuleViolations.report(
                    context,
                    ViolationCode.SENDER_NOT_AUTHORISED_FOR_EMPLOYER,
                    "report",
                    "employer",
                    "loonheffingennummer");
            valid = false;
        }
        // a named contract must be the client's; an unnamed one (DigiZSM) must exist for the loonheffingennummer
        if (enriched.contract() == null && (employer.contractCode() != null || !enriched.contractAmbiguous())) {
            RuleViolations.report(context, ViolationCode.UNKNOWN_CONTRACT, "report", "employer", "contractCode");
            valid = false;
        }
        if (employer.vestigingscode() != null && enriched.branch() == null) {
            RuleViolations.report(
                    context, ViolationCode.UNKNOWN_VESTIGINGSCODE, "report", "employer", "vestigingscode");
            valid = false;
        }
        return valid;
    }
}
