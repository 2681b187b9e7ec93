package nl.reflexengine.violation;

import jakarta.validation.ConstraintValidatorContext;

/**
 * Reports a violation under its stable code. The code travels as the message template; the business-rule
 * validator turns it back into a {@link ViolationCode} with its Dutch explanation.
 */
public final class RuleViolations {

    private RuleViolations() {}

    /** A violation of the annotated value itself, under the given code. */
    public static boolean report(ConstraintValidatorContext context, ViolationCode code) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(code.name()).addConstraintViolation();
        return false;
    }

    /** A violation of a field below the annotated object, e.g. {@code "incapacity", "firstDay"}. */
    public static void report(ConstraintValidatorContext context, ViolationCode code, String... path) {
        context.disableDefaultConstraintViolation();
        var builder = context.buildConstraintViolationWithTemplate(code.name());
        var node = builder.addPropertyNode(path[0]);
        for (int i = 1; i < path.length; i++) {
            node = node.addPropertyNode(path[i]);
        }
        node.addConstraintViolation();
    }
}
