package nl.reflexengine.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.mapping.CanonicalMapper;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.report.MessageKind;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.UwvMessages;
import nl.reflexengine.validation.FormatDetector;
import nl.reflexengine.validation.MessageFormat;
import nl.reflexengine.validation.SchemaValidation;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every sample, in replay order, through the production routes: for each accepted message every UWV message
 * it queued, compared with reviewed expected files; for each accepted sick report or WAZO application its
 * record, its action points, its first UWV message (read back through the engine's own schema pass and
 * compared with the sample it came from) and its confirmation; for each test message the report to the
 * process manager.
 */
@EngineTest
class EverySampleTest {

    /** Stands for the claim number in the expected files: it carries the year and the run's sequence. */
    private static final String CLAIM = "CLAIM-NUMBER";

    @Autowired
    ProducerTemplate template;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FormatDetector detector;

    @Autowired
    SchemaValidation schemaValidation;

    @Test
    void everySampleHasTheClaimUwvMessageAndMailsItShould() throws Exception {
        Path root = Path.of("samples");
        List<Path> samples;
        try (Stream<Path> files = Files.walk(root)) {
            samples = files.filter(p -> p.toString().endsWith(".xml"))
                    .sorted((a, b) -> root.relativize(a)
                            .toString()
                            .compareTo(root.relativize(b).toString()))
                    .toList();
        }
        int claimsChecked = 0;
        int testReportsChecked = 0;
        int uwvMessagesChecked = 0;
        for (Path sample : samples) {
            String name = root.relativize(sample).toString();
            byte[] raw = Files.readAllBytes(sample);
            Submission done = template.requestBody(
                    "direct:ingest",
                    InboundMessage.file(raw, Channel.REPLAY, name, Instant.now(), false),
                    Submission.class);
            if (done.outcome() == Outcome.ACCEPTED) {
                uwvMessagesChecked += checkUwvMessages(name, done);
            }
            if (done.outcome() == Outcome.ACCEPTED && createsClaim(done.report())) {
                checkNewClaim(name, done);
                claimsChecked++;
            }
            if (done.outcome() == Outcome.TEST_PASSED || done.outcome() == Outcome.TEST_REJECTED) {
                checkProcessManagerReport(name, done);
                testReportsChecked++;
            }
        }
        assertThat(claimsChecked).as("accepted sick reports among the samples").isGreaterThanOrEqualTo(25);
        assertThat(testReportsChecked).as("test reflexes among the samples").isGreaterThanOrEqualTo(6);
        assertThat(uwvMessagesChecked).as("UWV messages of the samples").isGreaterThanOrEqualTo(32);
    }

    private static boolean createsClaim(SickReport report) {
        return report.kind() == MessageKind.SICK_REPORT || report.kind() == MessageKind.WAZO_APPLICATION;
    }

    private void checkNewClaim(String name, Submission done) throws java.io.IOException {
        SickReport source = done.report();
        Map<String, Object> claim = jdbc.queryForMap("select * from claim where claim_number = ?", done.claimNumber());
        assertThat(claim.get("BSN")).as(name).isEqualTo(source.employee().bsn());
        assertThat(claim.get("CLIENT_ID"))
                .as(name)
                .isEqualTo(done.enriched().client().id());
        boolean vangnet = (Boolean) claim.get("VANGNET");
        boolean leave = source.isLeaveApplication();
        assertThat(claim.get("KIND")).as(name).isEqualTo(leave ? "LEAVE" : "SICKNESS");
        assertThat(claim.get("STATUS")).as(name).isEqualTo(vangnet ? "GESLOTEN" : "LOPEND");
        List<String> points =
                jdbc.queryForList("select kind from action_point where claim_id = ?", String.class, claim.get("ID"));
        if (leave) {
            assertThat(points).as(name + " leave: only its way to UWV").containsExactly("UWV_WAZO_APPLICATION");
        } else {
            assertThat(points).as(name + " action points").hasSize(vangnet ? 2 : 10);
        }

        String xml = jdbc.queryForObject(
                "select xml from uwv_outbox where claim_id = ? and flow = ?",
                String.class,
                claim.get("ID"),
                leave ? "AANVRAAG_WAZO_UITKERING" : "ZIEKTEAANGIFTE");
        SickReport sent = readBack(xml);
        assertThat(sent.kind())
                .as(name + " a WAZO application is never a Ziekteaangifte")
                .isEqualTo(leave ? MessageKind.WAZO_APPLICATION : MessageKind.SICK_REPORT);
        assertThat(sent.employee().bsn())
                .as(name + " UWV message")
                .isEqualTo(source.employee().bsn());
        assertThat(sent.employer().loonheffingennummer())
                .as(name)
                .isEqualTo(source.employer().loonheffingennummer());
        assertThat(leave ? sent.wazo().leaveStart() : sent.incapacity().firstDay())
                .as(name)
                .isEqualTo(((java.sql.Date) claim.get("FIRST_DAY")).toLocalDate());

        List<Map<String, Object>> confirmations = jdbc.queryForList(
                "select * from mail_outbox where audit_id = ? and kind = 'CONFIRMATION'", done.auditId());
        if (done.enriched().branch() == null && source.employer().confirmationEmail() == null) {
            // a DigiZSM message names no branch and no address: there is nobody to confirm to
            assertThat(confirmations).as(name).isEmpty();
            return;
        }
        assertThat(confirmations).as(name + " one confirmation").hasSize(1);
        Map<String, Object> mail = confirmations.get(0);
        String body = (String) mail.get("BODY");
        assertThat(body)
                .as(name + " confirmation")
                .contains(done.claimNumber())
                .contains("*****" + source.employee().bsn().substring(5))
                .doesNotContain(source.employee().bsn());
        assertThat((String) mail.get("RECIPIENTS"))
                .as(name)
                .contains(
                        done.enriched().branch() == null
                                ? "@"
                                : done.enriched().branch().feedbackEmail());
    }

    private void checkProcessManagerReport(String name, Submission done) {
        List<Map<String, Object>> mails = jdbc.queryForList(
                "select * from mail_outbox where audit_id = ? and kind = ?",
                done.auditId(),
                done.outcome().name());
        assertThat(mails).as(name + " report to the process manager").hasSize(1);
        String body = (String) mails.get(0).get("BODY");
        done.violations().forEach(v -> assertThat(body).as(name).contains("[" + v.code() + "]"));
        assertThat(jdbc.queryForObject("select count(*) from claim where audit_id = ?", Integer.class, done.auditId()))
                .as(name + " never a claim")
                .isZero();
    }

    /**
     * Every UWV message an accepted sample queued, in order, each compared with its reviewed expected file:
     * {@code <sample>} for the first, {@code <sample>-2.xml} for the second, and so on.
     */
    private int checkUwvMessages(String name, Submission done) throws java.io.IOException {
        List<Map<String, Object>> queued =
                jdbc.queryForList("select flow, xml from uwv_outbox where audit_id = ? order by id", done.auditId());
        assertThat(queued).extracting(row -> row.get("FLOW")).as(name).containsExactlyElementsOf(done.uwvFlows());
        for (int i = 0; i < queued.size(); i++) {
            String file = i == 0 ? name : name.replaceFirst("\\.xml$", "-" + (i + 1) + ".xml");
            assertSameAsExpected(file, ((String) queued.get(i).get("XML")).replace(done.claimNumber(), CLAIM));
        }
        return queued.size();
    }

    /**
     * The UWV message compared with its reviewed expected file (src/test/resources/uwv/expected), the claim
     * number in its kenmerken replaced by {@link #CLAIM}, leaving out the part that differs per run: the time.
     */
    private static void assertSameAsExpected(String name, String xml) throws java.io.IOException {
        Path expected = Path.of("src/test/resources/uwv/expected", name);
        if (Boolean.getBoolean("reflex.write-expected-uwv")) {
            Files.createDirectories(expected.getParent());
            Files.writeString(expected, xml, UTF_8);
        }
        assertThat(expected).as("expected UWV message for " + name).exists();
        UwvMessages.assertSameMessage(Files.readString(expected, UTF_8), xml, name);
    }

    private SickReport readBack(String xml) {
        byte[] raw = xml.getBytes(UTF_8);
        MessageFormat format = detector.detect(raw).format();
        return CanonicalMapper.standard().map(format, schemaValidation.validateAndUnmarshal(format, raw));
    }
}
