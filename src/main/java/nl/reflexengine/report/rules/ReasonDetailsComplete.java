package nl.reflexengine.report.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The sections that a reason requires (WAZO, extra birth leave, death) are present and consistent. */
@Documented
@Constraint(validatedBy = ReasonDetailsCompleteValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReasonDetailsComplete {
    String message() default "WAZO_DETAILS_MISSING";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
