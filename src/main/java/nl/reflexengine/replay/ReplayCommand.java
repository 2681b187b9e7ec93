package nl.reflexengine.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.validation.ValidationProperties;
import nl.reflexengine.violation.Violation;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays an archive through the production ingest route, one message at a time in archive order, and
 * reports the outcome of each. The caller starts the engine in its dry-run profile: a throw-away store,
 * no mail, nothing sent to UWV.
 */
@Component
public class ReplayCommand {

    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);

    private final ProducerTemplate template;
    private final long maxMessageBytes;

    public ReplayCommand(ProducerTemplate template, ValidationProperties validation) {
        this.template = template;
        this.maxMessageBytes = validation.maxMessageBytes();
    }

    /** Replays every XML file of the source into the report; returns the one-line summary. */
    String replay(ReplaySource source, ReplayReport report, PrintStream progress) {
        Instant start = Instant.now();
        Progress tracker = new Progress(source.size(), start, progress);
        Map<Long, String> sourceByAuditId = new HashMap<>();
        source.forEach(maxMessageBytes, entry -> {
            InboundMessage inbound =
                    InboundMessage.file(entry.content(), Channel.REPLAY, entry.name(), Instant.now(), false);
            Submission submission = ingest(inbound);
            sourceByAuditId.put(submission.auditId(), entry.name());
            report.add(row(entry.name(), submission, sourceByAuditId));
            tracker.oneMore();
        });
        Duration took = Duration.between(start, Instant.now());
        return "Replayed %d messages in %.1f s: %s"
                .formatted(report.total(), took.toMillis() / 1000.0, report.counts());
    }

    private Submission ingest(InboundMessage inbound) {
        Exchange result =
                template.send("direct:ingest", exchange -> exchange.getIn().setBody(inbound));
        if (result.getException() != null) {
            throw new ReplayFailedException(inbound.source(), result.getException());
        }
        return result.getIn().getBody(Submission.class);
    }

    private static ReplayReport.Row row(String source, Submission submission, Map<Long, String> sourceByAuditId) {
        return new ReplayReport.Row(
                source,
                submission.messageId(),
                submission.format() == null ? "" : submission.format().name(),
                submission.isTest(),
                submission.outcome(),
                submission.claimNumber() == null ? "" : submission.claimNumber(),
                String.join(";", submission.uwvFlows()),
                Violation.codes(submission.violations()),
                detail(submission, sourceByAuditId));
    }

    private static String detail(Submission submission, Map<Long, String> sourceByAuditId) {
        if (submission.outcome() == Outcome.DUPLICATE) {
            return "duplicate of " + sourceByAuditId.getOrDefault(submission.duplicateOf(), "an earlier message");
        }
        if (!submission.violations().isEmpty()) {
            return PersonalData.mask(submission.violations().stream()
                    .map(v -> (v.field().isEmpty() ? "" : v.field() + ": ") + v.message())
                    .collect(Collectors.joining(" | ")));
        }
        var enriched = submission.enriched();
        String client = enriched == null || enriched.client() == null
                ? ""
                : " for client " + enriched.client().id();
        return submission.report().kind() + client;
    }

    /** Progress on standard error every few seconds, so a long archive shows it is moving. */
    private static final class Progress {
        private final int total;
        private final Instant start;
        private final PrintStream out;
        private int done;
        private Instant lastPrinted;

        Progress(int total, Instant start, PrintStream out) {
            this.total = total;
            this.start = start;
            this.out = out;
            this.lastPrinted = start;
        }

        void oneMore() {
            done++;
            Instant now = Instant.now();
            if (Duration.between(lastPrinted, now).compareTo(PROGRESS_INTERVAL) >= 0 || done == total) {
                double seconds = Math.max(0.001, Duration.between(start, now).toMillis() / 1000.0);
                out.printf(
                        "replay: %d/%d messages (%d%%), %.0f msg/s%n",
                        done, total, done * 100L / Math.max(1, total), done / seconds);
                lastPrinted = now;
            }
        }
    }
}
