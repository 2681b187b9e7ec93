package nl.reflexengine.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.violation.ViolationCode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.test.spring.junit5.UseAdviceWith;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * What happens when a step fails for reasons other than bad content: a defect of ours is recorded as an
 * outcome the sender can read; an unavailable database is not, so the source keeps the message and
 * delivers it again, and the redelivery resumes the same record.
 */
@EngineTest
@UseAdviceWith
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:ingest-failure-test;DB_CLOSE_DELAY=-1",
            "reflex.errors.infrastructure.max-redeliveries=2",
            "reflex.errors.infrastructure.redelivery-delay-ms=10"
        })
@DirtiesContext // its routes are woven: no other test may get this context
class IngestFailureTest {

    static final String DEFECT_MARKER = "defect.xml";
    static final String DATABASE_DOWN_MARKER = "database-down.xml";

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate template;

    @Autowired
    JdbcTemplate jdbc;

    private static int databaseFailuresLeft;

    @BeforeEach
    void failSelectedMessagesInTheRulesStep() throws Exception {
        if (camel.getStatus().isStarted()) {
            return;
        }
        AdviceWith.adviceWith(
                camel,
                "validate-rules",
                route -> route.weaveById("check-business-rules").before().process(exchange -> {
                    String source =
                            exchange.getIn().getBody(Submission.class).inbound().source();
                    if (source.equals(DEFECT_MARKER)) {
                        throw new IllegalStateException("a defect quoting 123456782");
                    }
                    if (source.equals(DATABASE_DOWN_MARKER) && databaseFailuresLeft-- > 0) {
                        throw new DataAccessResourceFailureException("database unavailable");
                    }
                }));
        camel.start();
    }

    private Exchange ingest(String sample, String source) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("samples/reflex/valid", sample));
        var inbound = InboundMessage.file(raw, Channel.REPLAY, source, Instant.now(), false);
        return template.send("direct:ingest", exchange -> exchange.getIn().setBody(inbound));
    }

    @Test
    void aDefectOfOursIsRecordedAsProcessingFailedAndHandled() throws Exception {
        Exchange result = ingest("ziek-art-29b.xml", DEFECT_MARKER);

        assertThat(result.getException()).isNull();
        Submission submission = result.getIn().getBody(Submission.class);
        assertThat(submission.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(submission.violations()).extracting(v -> v.code()).containsExactly(ViolationCode.PROCESSING_FAILED);
        assertThat(jdbc.queryForObject(
                        "select codes from audit_message where id = ?", String.class, submission.auditId()))
                .isEqualTo("PROCESSING_FAILED");
    }

    @Test
    void anUnavailableDatabaseIsRetriedThenLeftUnhandledAndTheRedeliveryResumesTheRecord() throws Exception {
        databaseFailuresLeft = 3; // more than the two redeliveries allowed

        Exchange failed = ingest("ziek-orgaandonatie.xml", DATABASE_DOWN_MARKER);

        assertThat(failed.getException()).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(databaseFailuresLeft)
                .as("first attempt and two redeliveries")
                .isZero();
        Long record = jdbc.queryForObject(
                "select id from audit_message where source = ? and outcome is null", Long.class, DATABASE_DOWN_MARKER);

        Exchange redelivered = ingest("ziek-orgaandonatie.xml", DATABASE_DOWN_MARKER);

        assertThat(redelivered.getException()).isNull();
        Submission submission = redelivered.getIn().getBody(Submission.class);
        assertThat(submission.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(submission.auditId()).isEqualTo(record);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_message where source = ?", Integer.class, DATABASE_DOWN_MARKER))
                .isEqualTo(1);
    }
}
