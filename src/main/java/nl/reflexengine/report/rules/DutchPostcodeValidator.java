package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.report.Address;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class DutchPostcodeValidator implements ConstraintValidator<DutchPostcode, Address> {

    @Override
    public boolean isValid(Address address, ConstraintValidatorContext context) {
        if (address == null || address.postcode() == null || !address.isDutch()) {
            return true;
        }
        if (Identifiers.isDutchPostcode(address.postcode())) {
            return true;
        }
        RuleViolations.report(context, ViolationCode.POSTCODE_FORMAT, "postcode");
        return false;
    }
}
