package nl.reflexengine.report.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The dates of employment and incapacity follow each other as they can in real life. */
@Documented
@Constraint(validatedBy = DatesInOrderValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface DatesInOrder {
    String message() default "FIRST_DAY_BEFORE_EMPLOYMENT_START";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
