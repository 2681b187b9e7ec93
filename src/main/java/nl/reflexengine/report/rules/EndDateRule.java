package nl.reflexengine.report.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The employment's end date is given where the phase, nature or reason demands it, and interns and fictitious employments reported sick out of service end the day before the first day of incapacity. */
@Documented
@Constraint(validatedBy = EndDateRuleValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EndDateRule {
    String message() default "END_DATE_REQUIRED";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
