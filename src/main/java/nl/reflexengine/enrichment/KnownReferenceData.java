package nl.reflexengine.enrichment;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The loonheffingennummer, ZW contract and vestigingscode of a message belong to one registered client. */
@Documented
@Constraint(validatedBy = KnownReferenceDataValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownReferenceData {
    String message() default "UNKNOWN_LOONHEFFINGENNUMMER";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
