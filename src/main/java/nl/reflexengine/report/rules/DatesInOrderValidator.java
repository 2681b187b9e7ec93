package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import nl.reflexengine.report.Employment;
import nl.reflexengine.report.Incapacity;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class DatesInOrderValidator implements ConstraintValidator<DatesInOrder, SickReport> {

    @Override
    public boolean isValid(SickReport report, ConstraintValidatorContext context) {
        boolean valid = true;
        Employment employment = report.employment();
        Incapacity incapacity = report.incapacity();
        LocalDate firstDay = incapacity == null ? null : incapacity.firstDay();
        if (employment != null && isBefore(firstDay, employment.startDate())) {
            RuleViolations.report(context, ViolationCode.FIRST_DAY_BEFORE_EMPLOYMENT_START, "incapacity", "firstDay");
            valid = false;
        }
        if (employment != null && isBefore(employment.endDate(), employment.startDate())) {
            RuleViolations.report(context, ViolationCode.END_DATE_BEFORE_EMPLOYMENT_START, "employment", "endDate");
            valid = false;
        }
        if (incapacity != null && isBefore(incapacity.reportedSickOn(), firstDay)) {
            RuleViolations.report(context, ViolationCode.REPORTED_BEFORE_FIRST_DAY, "incapacity", "reportedSickOn");
            valid = false;
        }
        if (incapacity != null && isBefore(firstDay, incapacity.lastWorkingDay())) {
            RuleViolations.report(
                    context, ViolationCode.LAST_WORKING_DAY_AFTER_FIRST_DAY, "incapacity", "lastWorkingDay");
            valid = false;
        }
        return valid;
    }

    private static boolean isBefore(LocalDate date, LocalDate other) {
        return date != null && other != null && date.isBefore(other);
    }
}
