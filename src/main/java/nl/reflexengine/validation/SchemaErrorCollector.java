package nl.reflexengine.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Collects every schema error of one message, so the sender gets them all at once. One violation per
 * field: the validator often reports a bad value twice (facet, then element). Stops the parse after a cap,
 * so a hostile message cannot make us collect without end.
 */
final class SchemaErrorCollector implements ErrorHandler {

    /** Thrown to stop parsing once the cap is reached; the collected violations are reported. */
    static final class TooManyErrors extends SAXException {
        TooManyErrors() {
            super("too many schema errors");
        }
    }

    private final ElementPathTracker tracker;
    private final int max;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<String> fieldsSeen = new HashSet<>();

    SchemaErrorCollector(ElementPathTracker tracker, int max) {
        this.tracker = tracker;
        this.max = max;
    }

    List<Violation> violations() {
        return violations;
    }

    /**
     * Whether parsing was stopped at the cap. The parser may hand the stop signal back wrapped in a parse
     * error of its own, which must not make the message "not well-formed".
     */
    boolean gaveUp() {
        return violations.size() >= max;
    }

    @Override
    public void warning(SAXParseException exception) {
        // warnings do not make a message invalid
    }

    @Override
    public void error(SAXParseException exception) throws SAXException {
        add(SchemaErrorTranslator.translate(exception, tracker.path()));
        if (violations.size() >= max) {
            throw new TooManyErrors();
        }
    }

    /**
     * A value the schema let through but the binding could not convert (an xs:dateTime beyond what
     * java.time reads, say). Without this, JAXB would leave the field empty and the message would pass.
     */
    boolean unconvertible(jakarta.xml.bind.ValidationEvent event) {
        Throwable cause = event.getLinkedException();
        boolean date = cause instanceof java.time.format.DateTimeParseException
                || (cause != null && cause.getCause() instanceof java.time.format.DateTimeParseException);
        Violation violation =
                Violation.of(date ? ViolationCode.DATE_FORMAT : ViolationCode.SCHEMA_VALUE, tracker.path());
        var locator = event.getLocator();
        add(locator == null ? violation : violation.at(locator.getLineNumber(), locator.getColumnNumber()));
        return violations.size() < max;
    }

    private void add(Violation violation) {
        if (fieldsSeen.add(violation.field())) {
            violations.add(violation);
        }
    }

    @Override
    public void fatalError(SAXParseException exception) throws SAXException {
        throw exception;
    }
}
