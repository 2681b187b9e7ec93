package nl.reflexengine.report.rules;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An employment without uitzendbeding comes only from the payroll systems that can send it through Reflex; others must use the web form. */
@Documented
@Constraint(validatedBy = PhaseAcceptedFromPayrollSystemValidator.class)
@Target({ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PhaseAcceptedFromPayrollSystem {
    String message() default "PHASE_NOT_ACCEPTED_FROM_PAYROLL_SYSTEM";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
