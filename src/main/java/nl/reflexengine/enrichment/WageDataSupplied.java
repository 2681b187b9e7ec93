package nl.reflexengine.enrichment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** When the client's ZW contract says the employer supplies wage data, the sick report carries it. */
@Documented
@Constraint(validatedBy = WageDataSuppliedValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface WageDataSupplied {
    String message() default "WAGE_DATA_REQUIRED";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
