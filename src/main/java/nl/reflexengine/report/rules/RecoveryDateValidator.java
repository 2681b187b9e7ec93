package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

/**
 * UWV rejects a recovery dated in the future. "Future" is judged against the message's own creation time,
 * not the clock, so that replaying an archive years later gives the same verdict as on the day itself.
 */
public class RecoveryDateValidator implements ConstraintValidator<RecoveryDateValid, SickReport> {

    @Override
    public boolean isValid(SickReport report, ConstraintValidatorContext context) {
        if (report.recovery() == null || report.recovery().date() == null) {
            return true;
        }
        LocalDate recovered = report.recovery().date();
        if (report.header() != null
                && report.header().created() != null
                && recovered.isAfter(report.header().created().toLocalDate())) {
            RuleViolations.report(context, ViolationCode.RECOVERY_DATE_IN_FUTURE, "recovery", "date");
            return false;
        }
        if (report.incapacity() != null
                && report.incapacity().firstDay() != null
                && recovered.isBefore(report.incapacity().firstDay())) {
            RuleViolations.report(context, ViolationCode.RECOVERY_BEFORE_FIRST_DAY, "recovery", "date");
            return false;
        }
        return true;
    }
}
