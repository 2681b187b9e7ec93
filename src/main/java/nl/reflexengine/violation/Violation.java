package nl.reflexengine.violation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One reason a message is not accepted.
 *
 * @param field where in the message: an XML path for schema errors (/Ziekmelding/Werknemer/Bsn), a field
 *     path of the canonical model for business rules (employee.bsn), empty for the message as a whole
 * @param message the Dutch sentence for the payroll clerk, never holding a value from the message
 */
public record Violation(ViolationCode code, String field, String message) {

    public static Violation of(ViolationCode code, String field) {
        return new Violation(code, field == null ? "" : field, code.explanation());
    }

    public static Violation of(ViolationCode code, String field, String detail) {
        String message = detail == null || detail.isBlank() ? code.explanation() : code.explanation() + " " + detail;
        return new Violation(code, field == null ? "" : field, message);
    }

    /** The distinct codes of a rejection, sorted, separated by ';': the audit store's and the replay report's form. */
    public static String codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code().name()).distinct().sorted().collect(Collectors.joining(";"));
    }
}
