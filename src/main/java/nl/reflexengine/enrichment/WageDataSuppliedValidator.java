package nl.reflexengine.enrichment;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.report.Origin;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class WageDataSuppliedValidator implements ConstraintValidator<WageDataSupplied, EnrichedSickReport> {

    @Override
    public boolean isValid(EnrichedSickReport enriched, ConstraintValidatorContext context) {
        var report = enriched.report();
        // wage data travels only in Reflex; UWV's flows have no place for it
        if (enriched.contract() == null
                || report.header() == null
                || report.header().origin() != Origin.REFLEX
                || !enriched.contract().employerSuppliesWages()
                || !report.kind().carriesSickReport()
                || !report.wagePeriods().isEmpty()) {
            return true;
        }
        RuleViolations.report(context, ViolationCode.WAGE_DATA_REQUIRED, "report", "wagePeriods");
        return false;
    }
}
