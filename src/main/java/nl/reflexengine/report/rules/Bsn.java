package nl.reflexengine.report.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A BSN: 9 digits passing the eleven test. */
@Documented
@Constraint(validatedBy = BsnValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Bsn {
    String message() default "BSN_ELEVEN_TEST";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
