package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.report.Origin;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

public class PhaseAcceptedFromPayrollSystemValidator
        implements ConstraintValidator<PhaseAcceptedFromPayrollSystem, SickReport> {

    @Override
    public boolean isValid(SickReport report, ConstraintValidatorContext context) {
        // a limit of Reflex; UWV's own flows carry every phase
        if (report.employment() == null
                || report.employment().uitzendbeding()
                || report.header() == null
                || report.header().origin() != Origin.REFLEX) {
            return true;
        }
        RuleSettings settings = context.unwrap(HibernateConstraintValidatorContext.class)
                .getConstraintValidatorPayload(RuleSettings.class);
        if ((settings == null ? RuleSettings.DEFAULTS : settings)
                .mayReportWithoutUitzendbeding(report.header().payrollSystem())) {
            return true;
        }
        RuleViolations.report(
                context, ViolationCode.PHASE_NOT_ACCEPTED_FROM_PAYROLL_SYSTEM, "employment", "uitzendbeding");
        return false;
    }
}
