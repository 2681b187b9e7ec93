package nl.reflexengine.report.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A wage period does not end before it starts. */
@Documented
@Constraint(validatedBy = PeriodInOrderValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PeriodInOrder {
    String message() default "WAGE_PERIOD_DATES";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
