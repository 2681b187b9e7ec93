package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class IbanValidator implements ConstraintValidator<Iban, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        if (!Identifiers.isIbanFormat(value)) {
            return RuleViolations.report(context, ViolationCode.IBAN_FORMAT);
        }
        return Identifiers.passesIbanChecksum(value) || RuleViolations.report(context, ViolationCode.IBAN_CHECKSUM);
    }
}
