package nl.reflexengine.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;

/** The schema half of the pipeline without Spring or Camel: detect, validate and unmarshal. */
final class PipelineFixture {

    static final long MAX_MESSAGE_BYTES = 5L * 1024 * 1024;

    final ValidationProperties properties;
    final SchemaCatalog catalog;
    final FormatDetector detector;
    final SchemaValidation schemaValidation;

    PipelineFixture() {
        this(MAX_MESSAGE_BYTES);
    }

    PipelineFixture(long maxMessageBytes) {
        this(maxMessageBytes, 50);
    }

    PipelineFixture(long maxMessageBytes, int maxSchemaViolations) {
        properties =
                new ValidationProperties(Path.of("schemas"), maxMessageBytes, maxSchemaViolations, Set.of("Easyflex"));
        catalog = new SchemaCatalog(properties);
        detector = new FormatDetector(properties);
        schemaValidation = new SchemaValidation(catalog, properties);
    }

    /** Runs detection and schema validation; the violations of the rejection, or none. */
    List<Violation> violations(byte[] raw) {
        try {
            schemaValidation.validateAndUnmarshal(detector.detect(raw).format(), raw);
            return List.of();
        } catch (MessageRejectedException e) {
            return e.violations();
        }
    }

    List<ViolationCode> codes(byte[] raw) {
        return violations(raw).stream().map(Violation::code).toList();
    }

    /** Schema validation alone, as if detection had let the message through. */
    List<ViolationCode> schemaPassCodes(byte[] raw, MessageFormat format) {
        try {
            schemaValidation.validateAndUnmarshal(format, raw);
            return List.of();
        } catch (MessageRejectedException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
    }
}
