package nl.reflexengine.report.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A recovery is not dated after the message that reports it, nor before the first day of incapacity. */
@Documented
@Constraint(validatedBy = RecoveryDateValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RecoveryDateValid {
    String message() default "RECOVERY_DATE_IN_FUTURE";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
