package nl.reflexengine.pipeline;

import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.violation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one log line every message gets when its outcome is stored: what operations follow in the log. */
final class OutcomeLog {

    private static final Logger log = LoggerFactory.getLogger(OutcomeLog.class);

    private OutcomeLog() {}

    /** Message 2 (SFTP C-ZONNIG/ziek-zwangerschap.xml) -> ACCEPTED */
    static void decided(Submission submission) {
        InboundMessage inbound = submission.inbound();
        log.info(
                "Message {} ({} {}) -> {}{}",
                submission.auditId(),
                inbound.channel(),
                PersonalData.mask(inbound.source()),
                submission.outcome(),
                submission.violations().isEmpty() ? "" : " " + Violation.codes(submission.violations()));
    }
}
