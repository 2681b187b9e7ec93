package nl.reflexengine.privacy;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;

/**
 * The console layout of logback-spring.xml, as an operator switches it with logging.structured.format.console:
 * text by default, one JSON object a line when a format is set; in both, BSN-like numbers are masked and a
 * message's MDC keys are shown.
 */
class StructuredLogTest {

    static final Map<String, String> MESSAGE_MDC = Map.of("auditId", "12", "channel", "MAIL", "clientId", "C-ZONNIG");

    @Test
    void aJsonLineIsValidJsonWithTheMessagesMdcAndEverythingMasked() throws Exception {
        Encoder<ILoggingEvent> encoder = consoleEncoder("ecs");
        LoggingEvent event = event("value 123456782 rejected", new IllegalStateException("bound value 111222333"));
        event.setMDCPropertyMap(
                Map.of("auditId", "12", "channel", "MAIL", "clientId", "C-ZONNIG", "note", "222333444"));
        event.addKeyValuePair(new org.slf4j.event.KeyValuePair("bsn", 333444555));

        String line = new String(encoder.encode(event), UTF_8);
        JsonNode json = new ObjectMapper().readTree(line);

        assertThat(line).endsWith("\n").doesNotContain("123456782", "111222333", "222333444", "333444555");
        assertThat(json.get("message").asText()).isEqualTo("value ********* rejected");
        assertThat(json.get("auditId").asText()).isEqualTo("12");
        assertThat(json.get("channel").asText()).isEqualTo("MAIL");
        assertThat(json.get("clientId").asText()).isEqualTo("C-ZONNIG");
        assertThat(json.get("note").asText()).isEqualTo("*********");
        assertThat(json.get("bsn").asText()).isEqualTo("*********");
        assertThat(json.at("/error/type").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(json.at("/error/message").asText()).isEqualTo("bound value *********");
        assertThat(json.at("/error/stack_trace").asText())
                .startsWith("java.lang.IllegalStateException: bound value *********")
                .contains("at nl.reflexengine.privacy.StructuredLogTest");
    }

    @Test
    void everyFormatSpringBootOffersIsMasked() throws Exception {
        for (String format : new String[] {"ecs", "logstash", "gelf"}) {
            Encoder<ILoggingEvent> encoder = consoleEncoder(format);
            LoggingEvent event = event("value 123456782", new IllegalStateException("bound value 111222333"));
            event.setMDCPropertyMap(MESSAGE_MDC);

            String line = new String(encoder.encode(event), UTF_8);

            assertThat(new ObjectMapper().readTree(line).isObject()).as(format).isTrue();
            assertThat(line).as(format).contains("C-ZONNIG").doesNotContain("123456782", "111222333");
        }
    }

    @Test
    void aCauseAndASuppressedExceptionAreMaskedWithTheirClassNames() throws Exception {
        IllegalStateException failure =
                new IllegalStateException("outer", new IllegalArgumentException("cause 123456782"));
        failure.addSuppressed(new RuntimeException("suppressed 111222333"));

        String trace = new ObjectMapper()
                .readTree(new String(consoleEncoder("ecs").encode(event("failed", failure)), UTF_8))
                .at("/error/stack_trace")
                .asText();

        assertThat(trace)
                .contains("Caused by: java.lang.IllegalArgumentException: cause *********")
                .contains("Suppressed: java.lang.RuntimeException: suppressed *********")
                .doesNotContain("123456782", "111222333");
    }

    @Test
    void theTextLayoutShowsAMessagesAuditIdChannelAndClientOnlyWhenSet() throws Exception {
        Encoder<ILoggingEvent> encoder = consoleEncoder(null);
        LoggingEvent processing = event("Message 12 (MAIL x.xml) -> ACCEPTED", null);
        processing.setMDCPropertyMap(MESSAGE_MDC);
        LoggingEvent elsewhere = event("value 123456782 rejected", null);

        assertThat(new String(encoder.encode(processing), UTF_8))
                .contains(" : [audit=12 MAIL C-ZONNIG] Message 12 (MAIL x.xml) -> ACCEPTED");
        assertThat(new String(encoder.encode(elsewhere), UTF_8))
                .contains(" : value ********* rejected")
                .doesNotContain("[audit");
    }

    /** The console appender's encoder as logback-spring.xml configures it, with Spring Boot's property set. */
    private static Encoder<ILoggingEvent> consoleEncoder(String structuredFormat) throws Exception {
        LoggerContext context = new LoggerContext();
        Environment environment = new MockEnvironment().withProperty("spring.application.name", "reflex-engine");
        context.putObject(Environment.class.getName(), environment);
        if (structuredFormat != null) {
            context.putProperty("CONSOLE_LOG_STRUCTURED_FORMAT", structuredFormat);
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(StructuredLogTest.class.getResource("/logback-spring.xml"));
        var appender = (OutputStreamAppender<ILoggingEvent>)
                context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("CONSOLE");
        assertThat(appender).as("console appender").isNotNull();
        return appender.getEncoder();
    }

    private static LoggingEvent event(String message, Throwable failure) {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        Logger logger = context.getLogger("org.example.library");
        return new LoggingEvent(Logger.class.getName(), logger, Level.WARN, message, failure, null);
    }
}
