package nl.reflexengine.console.lab;

import java.util.List;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.mapping.WireFields;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.violation.Violation;

/**
 * What the lab tells the process manager about one test reflex: passed or not, and each finding with its
 * code, the field as the sender's XML names it, where in the file (schema errors) and the Dutch text.
 *
 * @param outcome TEST_PASSED or TEST_REJECTED; for content tested before, the outcome of that earlier run
 * @param earlierRun for content tested before: the record that decided it (its findings are on its page)
 */
public record Verdict(
        long auditId, String fileName, Outcome outcome, Long earlierRun, String messageType, List<Finding> findings) {

    /** One finding. {@code line} and {@code column} are 0 when the parser did not say where. */
    public record Finding(String code, String field, int line, int column, String text) {}

    public boolean passed() {
        return outcome == Outcome.TEST_PASSED;
    }

    static Verdict of(Submission submission, String fileName) {
        List<Finding> findings = submission.violations().stream()
                .map(violation -> finding(submission, violation))
                .toList();
        Long earlier = submission.isDuplicate() ? submission.duplicateOf() : null;
        return new Verdict(
                submission.auditId(),
                fileName,
                submission.isDuplicate() ? submission.firstCopyOutcome() : submission.outcome(),
                earlier,
                submission.messageType(),
                findings);
    }

    private static Finding finding(Submission submission, Violation violation) {
        return new Finding(
                violation.code().name(),
                PersonalData.mask(xmlField(submission, violation)),
                violation.line(),
                violation.column(),
                PersonalData.mask(violation.message()));
    }

    /** A schema error names the XML path already; a business rule names our model's field: translated. */
    private static String xmlField(Submission submission, Violation violation) {
        String field = violation.field();
        if (field.isEmpty() || field.startsWith("/") || submission.format() == null || submission.report() == null) {
            return field;
        }
        return WireFields.xmlPath(submission.format(), submission.messageType(), submission.report(), field)
                .orElse("/" + submission.messageType());
    }
}
