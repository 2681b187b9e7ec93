package nl.reflexengine.validation;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.intake.Submission;

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

    static Submission submission(byte[] raw) {
        return new Submission(InboundMessage.file(raw, Channel.REPLAY, "test.xml", Instant.now(), false), "hash");
    }

    /** Runs detection and schema validation; the violations of the rejection, or none. */
    List<Violation> violations(byte[] raw) {
        Submission submission = submission(raw);
        try {
            detector.detect(submission);
            schemaValidation.validateAndUnmarshal(submission);
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
        Submission submission = submission(raw);
        submission.detected(format, "Ziekmelding");
        try {
            schemaValidation.validateAndUnmarshal(submission);
            return List.of();
        } catch (MessageRejectedException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
    }
}
