package nl.reflexengine.violation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One reason a message is not accepted.
 *
 * @param field where in the message: an XML path for schema errors (/Ziekmelding/Werknemer/Bsn), a field
 *     path of the canonical model for business rules (employee.bsn), empty for the message as a whole
 * @param message the Dutch sentence for the payroll clerk, never holding a value from the message
 * @param line the line of the XML where the parser found it (from 1), or 0 when not known or not one place
 * @param column the column on that line, or 0
 */
public record Violation(ViolationCode code, String field, String message, int line, int column) {

    public Violation(ViolationCode code, String field, String message) {
        this(code, field, message, 0, 0);
    }

    public static Violation of(ViolationCode code, String field) {
        return new Violation(code, field == null ? "" : field, code.explanation());
    }

    public static Violation of(ViolationCode code, String field, String detail) {
        String message = detail == null || detail.isBlank() ? code.explanation() : code.explanation() + " " + detail;
        return new Violation(code, field == null ? "" : field, message);
    }

    /** The same violation, found at this place in the XML (a parser's line and column; 0 or less: unknown). */
    public Violation at(int line, int column) {
        return new Violation(code, field, message, Math.max(line, 0), Math.max(column, 0));
    }

    /** Whether the parser said where: a schema or well-formedness error. */
    public boolean located() {
        return line > 0;
    }

    /** The distinct codes of a rejection, sorted, separated by ';': the audit store's and the replay report's form. */
    public static String codes(List<Violation> violations) {
        return violations.stream().map(v -> v.code().name()).distinct().sorted().collect(Collectors.joining(";"));
    }
}
