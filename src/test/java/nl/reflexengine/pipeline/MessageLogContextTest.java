package nl.reflexengine.pipeline;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.privacy.MaskedStructuredLogEncoder;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;

/** Every line logged while a message is processed names its audit id, channel and client, and no other's. */
@EngineTest
class MessageLogContextTest {

    static final String ZONNIG_SENDER = "salaris@zonnig-uitzendwerk.example";

    @Autowired
    ProducerTemplate template;

    final List<ILoggingEvent> events = new CopyOnWriteArrayList<>();
    final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing(); // keeps the MDC as it was when the line was written
            events.add(event);
        }
    };

    @BeforeEach
    void captureLog() {
        capture.setContext(root().getLoggerContext());
        capture.start();
        root().addAppender(capture);
    }

    @AfterEach
    void stopCapture() {
        root().detachAppender(capture);
        capture.stop();
    }

    @Test
    void theOutcomeLineOfAProcessedMessageCarriesItsAuditIdChannelAndClient() throws Exception {
        Submission processed = ingest(sample("reflex/valid/ziek-uitzendkracht.xml"), ZONNIG_SENDER, "C-ZONNIG");

        ILoggingEvent outcome = outcomeLine(processed);
        assertThat(outcome.getMDCPropertyMap())
                .containsEntry("auditId", String.valueOf(processed.auditId()))
                .containsEntry("channel", "MAIL")
                .containsEntry("clientId", "C-ZONNIG");
        assertThat(MDC.get("auditId"))
                .as("left on the thread after the exchange")
                .isNull();
        assertThat(MDC.get("clientId"))
                .as("left on the thread after the exchange")
                .isNull();
    }

    @Test
    void aMessageFromNoKnownClientDoesNotInheritTheClientOfTheMessageBefore() throws Exception {
        ingest(sample("reflex/valid/ziek-uitzendkracht.xml"), ZONNIG_SENDER, "C-ZONNIG");
        Submission unknown = ingest("<not-a-sick-report/>".getBytes(UTF_8), "someone@elsewhere.example", null);

        assertThat(outcomeLine(unknown).getMDCPropertyMap())
                .containsEntry("auditId", String.valueOf(unknown.auditId()))
                .doesNotContainKey("clientId");
    }

    @Test
    void asJsonTheOutcomeLineIsOneObjectWithTheMessagesFields() throws Exception {
        Submission processed = ingest(sample("reflex/valid/ziek-uitzendkracht.xml"), ZONNIG_SENDER, "C-ZONNIG");
        MaskedStructuredLogEncoder encoder = new MaskedStructuredLogEncoder();
        encoder.setContext(root().getLoggerContext());
        encoder.setFormat("ecs");
        encoder.start();

        String line = new String(encoder.encode(outcomeLine(processed)), UTF_8);
        System.out.print(line); // the example OPERATIONS.md shows
        JsonNode json = new ObjectMapper().readTree(line);

        assertThat(json.get("message").asText()).startsWith("Message " + processed.auditId() + " (MAIL ");
        assertThat(json.get("auditId").asText()).isEqualTo(String.valueOf(processed.auditId()));
        assertThat(json.get("channel").asText()).isEqualTo("MAIL");
        assertThat(json.get("clientId").asText()).isEqualTo("C-ZONNIG");
        assertThat(json.at("/log/logger").asText()).isEqualTo(OutcomeLog.class.getName());
    }

    private Submission ingest(byte[] xml, String sender, String senderClientId) {
        String mailId = "<" + System.nanoTime() + "@test>";
        Instant now = Instant.now();
        var inbound = new InboundMessage(
                xml, Channel.MAIL, mailId + "/x.xml", sender, senderClientId, mailId, "Ziekmelding", now, now, false);
        return template.requestBody("direct:ingest", inbound, Submission.class);
    }

    private ILoggingEvent outcomeLine(Submission submission) {
        String prefix = "Message " + submission.auditId() + " ";
        return events.stream()
                .filter(event -> event.getLoggerName().equals(OutcomeLog.class.getName()))
                .filter(event -> event.getFormattedMessage().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome line for message " + submission.auditId()));
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("samples", name));
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
