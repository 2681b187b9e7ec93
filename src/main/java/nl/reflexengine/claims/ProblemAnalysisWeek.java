package nl.reflexengine.claims;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * A week the problem analysis may move to for a client: the law allows week 6 (the default), 10 or 13, so
 * any other number is a typing error that must stop the engine at start-up, not shift a Poortwachter
 * deadline unnoticed.
 */
@Documented
@Constraint(validatedBy = ProblemAnalysisWeek.Check.class)
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProblemAnalysisWeek {
    String message() default "the problem analysis can only be in week 6, 10 or 13";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The weeks allowed. */
    class Check implements ConstraintValidator<ProblemAnalysisWeek, Integer> {
        static final Set<Integer> ALLOWED = Set.of(6, 10, 13);

        @Override
        public boolean isValid(Integer week, ConstraintValidatorContext context) {
            return week != null && ALLOWED.contains(week);
        }
    }
}
