package nl.reflexengine.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What operations watch: messages by outcome, violations by code, outbox depth and age, route timers. */
@EngineTest
class MetricsTest {

    @Autowired
    MeterRegistry metrics;

    @Autowired
    ProducerTemplate template;

    @Test
    void messagesViolationsAndOutboxesAreCounted() throws Exception {
        double acceptedBefore = count("reflex.messages", "outcome", "ACCEPTED");
        double elevenBefore = count("reflex.violations", "code", "BSN_ELEVEN_TEST");

        ingest("samples/reflex/valid/ziek-uitzendkracht.xml");
        ingest("samples/digizsm/invalid/bsn-eleven-test.xml");

        assertThat(count("reflex.messages", "outcome", "ACCEPTED")).isEqualTo(acceptedBefore + 1);
        assertThat(metrics.get("reflex.messages")
                        .tags("channel", "REPLAY", "format", "REFLEX_V1", "outcome", "ACCEPTED", "test", "false")
                        .counter()
                        .count())
                .isPositive();
        assertThat(count("reflex.violations", "code", "BSN_ELEVEN_TEST")).isEqualTo(elevenBefore + 1);
        // UWV sending is off in the tests: the accepted report's UWV message waits in its outbox
        assertThat(metrics.get("reflex.outbox.depth")
                        .tag("outbox", "uwv")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.get("reflex.outbox.oldest.age")
                        .tag("outbox", "uwv")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(0);
        assertThat(metrics.get("reflex.outbox.failed")
                        .tag("outbox", "mail")
                        .gauge()
                        .value())
                .isZero();
        assertThat(metrics.get("reflex.uwv.messages")
                        .tag("status", "QUEUED")
                        .gauge()
                        .value())
                .isGreaterThanOrEqualTo(1);
        assertThat(metrics.get("reflex.uwv.answers")
                        .tag("uwv_status", "ACCEPTED")
                        .gauge()
                        .value())
                .isZero();
        assertThat(metrics.find("camel.route.policy").tag("routeId", "ingest").timer())
                .as("the pipeline's latency per message, from Camel's route timer")
                .isNotNull();
    }

    private double count(String name, String tag, String value) {
        return metrics.find(name).tag(tag, value).counters().stream()
                .mapToDouble(counter -> counter.count())
                .sum();
    }

    private void ingest(String sample) throws Exception {
        var inbound = InboundMessage.file(
                Files.readAllBytes(Path.of(sample)), Channel.REPLAY, "metrics-" + sample, Instant.now(), false);
        template.requestBody("direct:ingest", inbound, Submission.class);
    }
}
