package nl.reflexengine.pipeline;

import io.micrometer.core.instrument.MeterRegistry;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.violation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What operations follow of every message once its outcome is stored: its one log line, and the counters
 * {@code reflex.messages} (by channel, format, outcome and test flag) and {@code reflex.violations} (by code).
 */
@Component
class OutcomeLog {

    private static final Logger log = LoggerFactory.getLogger(OutcomeLog.class);

    private final MeterRegistry metrics;

    OutcomeLog(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** Message 2 (SFTP C-ZONNIG/ziek-zwangerschap.xml) -> ACCEPTED */
    void decided(Submission submission) {
        InboundMessage inbound = submission.inbound();
        metrics.counter(
                        "reflex.messages",
                        "channel",
                        inbound.channel().name(),
                        "format",
                        submission.format() == null
                                ? "unknown"
                                : submission.format().name(),
                        "outcome",
                        submission.outcome().name(),
                        "test",
                        String.valueOf(submission.isTest()))
                .increment();
        for (Violation violation : submission.violations()) {
            metrics.counter("reflex.violations", "code", violation.code().name())
                    .increment();
        }
        log.info(
                "Message {} ({} {}) -> {}{}",
                submission.auditId(),
                inbound.channel(),
                PersonalData.mask(inbound.source()),
                submission.outcome(),
                submission.violations().isEmpty() ? "" : " " + Violation.codes(submission.violations()));
    }
}
