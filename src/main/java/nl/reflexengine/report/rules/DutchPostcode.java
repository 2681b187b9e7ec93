package nl.reflexengine.report.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A Dutch address has a Dutch postcode: 4 digits (not starting with 0), 2 letters other than SA, SD, SS. */
@Documented
@Constraint(validatedBy = DutchPostcodeValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DutchPostcode {
    String message() default "POSTCODE_FORMAT";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
