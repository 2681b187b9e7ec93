package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.report.WagePeriod;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class PeriodInOrderValidator implements ConstraintValidator<PeriodInOrder, WagePeriod> {

    @Override
    public boolean isValid(WagePeriod period, ConstraintValidatorContext context) {
        if (period == null
                || period.start() == null
                || period.end() == null
                || !period.end().isBefore(period.start())) {
            return true;
        }
        RuleViolations.report(context, ViolationCode.WAGE_PERIOD_DATES, "end");
        return false;
    }
}
