package nl.reflexengine.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.violation.ViolationCode;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The production routes, loaded from routes/, driven through direct:ingest against H2. */
@EngineTest
class IngestRouteTest {

    @Autowired
    ProducerTemplate template;

    @Autowired
    CamelContext camel;

    @Autowired
    JdbcTemplate jdbc;

    private Submission ingest(String sample) throws Exception {
        return ingest(Files.readAllBytes(Path.of("samples", sample)), sample, false);
    }

    private Submission ingest(byte[] raw, String source, boolean testChannel) {
        var inbound = new InboundMessage(
                raw, Channel.REPLAY, source, "sender@example.nl", null, null, null, null, Instant.now(), testChannel);
        return template.requestBody("direct:ingest", inbound, Submission.class);
    }

    private Map<String, Object> auditRow(long id) {
        return jdbc.queryForMap("select * from audit_message where id = ?", id);
    }

    @Test
    void loadsEveryStepAsARouteFromTheRoutesFolder() {
        assertThat(camel.getRoutes())
                .extracting(route -> route.getRouteId())
                .contains("ingest", "validate-schema", "enrich", "validate-rules");
        assertThat(camel.getRoute("ingest").getSourceLocation()).contains("routes/ingest.camel.yaml");
    }

    @Test
    void recordsAnAcceptedMessageWithItsRawBytesAndHash() throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("samples/reflex/valid/ziek-oproepkracht.xml"));

        Submission submission = ingest(raw, "reflex/valid/ziek-oproepkracht.xml", false);

        assertThat(submission.outcome()).isEqualTo(Outcome.ACCEPTED);
        Map<String, Object> row = auditRow(submission.auditId());
        assertThat((byte[]) row.get("RAW_MESSAGE")).isEqualTo(raw);
        assertThat(row.get("SHA256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(raw)));
        assertThat(row)
                .containsEntry("OUTCOME", "ACCEPTED")
                .containsEntry("FORMAT", "REFLEX_V1")
                .containsEntry("MESSAGE_TYPE", "Ziekmelding")
                .containsEntry("CHANNEL", "REPLAY")
                .containsEntry("SENDER", "sender@example.nl")
                .containsEntry("CLIENT_ID", submission.enriched().client().id())
                .containsEntry("TEST", false);
        assertThat(row.get("RECEIVED_AT")).isNotNull();
        assertThat(row.get("OUTCOME_AT")).isNotNull();
    }

    @Test
    void recordsEveryViolationOfARejectedMessage() throws Exception {
        Submission submission = ingest("reflex/invalid/multiple-violations.xml");

        assertThat(submission.outcome()).isEqualTo(Outcome.REJECTED);
        List<Map<String, Object>> violations = jdbc.queryForList(
                "select code, field, message from audit_violation where audit_id = ? order by position",
                submission.auditId());
        assertThat(violations).hasSize(submission.violations().size()).hasSizeGreaterThan(2);
        assertThat(violations).allSatisfy(v -> {
            ViolationCode code = ViolationCode.valueOf((String) v.get("CODE"));
            assertThat((String) v.get("MESSAGE")).startsWith(code.explanation());
            assertThat((String) v.get("FIELD")).isNotBlank();
        });
        assertThat(auditRow(submission.auditId()).get("CODES"))
                .isEqualTo(nl.reflexengine.violation.Violation.codes(submission.violations()));
    }

    @Test
    void aSecondCopyIsRecordedAsDuplicateOfTheFirst() throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("samples/digizsm/valid/1-ziekteaangifte-uitzendkracht.xml"));

        Submission first = ingest(raw, "copy-1.xml", false);
        Submission second = ingest(raw, "copy-2.xml", false);

        assertThat(first.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(second.outcome()).isEqualTo(Outcome.DUPLICATE);
        assertThat(second.duplicateOf()).isEqualTo(first.auditId());
        assertThat(auditRow(second.auditId()))
                .containsEntry("OUTCOME", "DUPLICATE")
                .containsEntry("DUPLICATE_OF", first.auditId());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_message where sha256 = ? and outcome <> 'DUPLICATE'",
                        Integer.class,
                        first.sha256()))
                .isEqualTo(1);
    }

    @Test
    void aPassingTestReflexIsTestPassed() throws Exception {
        assertThat(ingest("reflex/test/test-zonnig-geslaagd.xml").outcome()).isEqualTo(Outcome.TEST_PASSED);
    }

    @Test
    void anythingFromATestChannelIsATestMessage() throws Exception {
        byte[] production = Files.readAllBytes(Path.of("samples/reflex/valid/ziek-bevalling.xml"));
        byte[] invalid = Files.readAllBytes(Path.of("samples/reflex/invalid/bsn-eleven-test.xml"));

        assertThat(ingest(production, "test-mailbox/1.xml", true).outcome()).isEqualTo(Outcome.TEST_PASSED);
        assertThat(ingest(invalid, "test-mailbox/2.xml", true).outcome()).isEqualTo(Outcome.TEST_REJECTED);
    }

    @Test
    void anIncompleteTestReflexIsATestRejection() throws Exception {
        Submission submission = ingest("reflex/test/test-verplicht-veld-ontbreekt.xml");

        assertThat(submission.outcome()).isEqualTo(Outcome.TEST_REJECTED);
        assertThat(submission.messageId()).isNotBlank();
        assertThat(auditRow(submission.auditId())).containsEntry("TEST", true);
    }
}
