package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class LoonheffingennummerValidator implements ConstraintValidator<Loonheffingennummer, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || Identifiers.isLoonheffingennummer(value);
    }
}
