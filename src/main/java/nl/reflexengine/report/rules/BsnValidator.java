package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class BsnValidator implements ConstraintValidator<Bsn, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!Identifiers.isBsnFormat(value)) {
            return RuleViolations.report(context, ViolationCode.BSN_FORMAT);
        }
        return Identifiers.passesElevenTest(value) || RuleViolations.report(context, ViolationCode.BSN_ELEVEN_TEST);
    }
}
