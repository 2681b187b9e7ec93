package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.report.Employment;
import nl.reflexengine.report.EmploymentNature;
import nl.reflexengine.report.Reason;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class EndDateRuleValidator implements ConstraintValidator<EndDateRule, SickReport> {

    @Override
    public boolean isValid(SickReport report, ConstraintValidatorContext context) {
        Employment employment = report.employment();
        if (employment == null || report.incapacity() == null) {
            return true;
        }
        boolean outOfService = report.incapacity().reason() == Reason.SICK_OUT_OF_SERVICE;
        if (employment.endDate() == null) {
            if (requiresEndDate(employment, outOfService)) {
                RuleViolations.report(context, ViolationCode.END_DATE_REQUIRED, "employment", "endDate");
                return false;
            }
            return true;
        }
        boolean internOrFictitious =
                employment.nature() != null && employment.nature().isInternOrFictitious();
        if (internOrFictitious && outOfService && report.incapacity().firstDay() != null) {
            if (!employment.endDate().equals(report.incapacity().firstDay().minusDays(1))) {
                RuleViolations.report(context, ViolationCode.END_DATE_INTERN_FICTITIOUS, "employment", "endDate");
                return false;
            }
        }
        return true;
    }

    private static boolean requiresEndDate(Employment employment, boolean outOfService) {
        return outOfService
                || (employment.phase() != null && employment.phase().requiresEndDate())
                || employment.nature() == EmploymentNature.FIXED_TERM
                || (employment.nature() != null && employment.nature().isInternOrFictitious());
    }
}
