package nl.reflexengine.reprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.violation.ViolationCode;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An operator reprocesses a rejected message once the cause is gone: here a recovery that arrived before
 * its sick report. The rejection stays on record, the new attempt has exactly one outcome.
 */
@EngineTest
class ReprocessingTest {

    @Autowired
    ProducerTemplate template;

    @Autowired
    Reprocessing reprocessing;

    @Autowired
    JdbcTemplate jdbc;

    private Submission ingest(String sample) throws Exception {
        byte[] xml = Files.readAllBytes(Path.of("samples", sample));
        return template.requestBody(
                "direct:ingest",
                InboundMessage.file(xml, Channel.SFTP, sample, Instant.now(), false),
                Submission.class);
    }

    @Test
    void aRecoveryThatCameBeforeItsSickReportIsAcceptedOnReprocessing() throws Exception {
        Submission early = ingest("digizsm/valid/3-melding-werkhervatting-volledig.xml");
        assertThat(early.violations()).extracting(v -> v.code()).containsExactly(ViolationCode.CLAIM_NOT_FOUND);
        ingest("digizsm/valid/1-ziekteaangifte-zonder-uitzendbeding.xml");

        Submission again = reprocessing.reprocess(early.auditId());

        assertThat(again.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(again.auditId()).isNotEqualTo(early.auditId());
        assertThat(jdbc.queryForObject("select outcome from audit_message where id = ?", String.class, early.auditId()))
                .as("the rejection stays on record")
                .isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject(
                        "select reprocessed_as from audit_message where id = ?", Long.class, early.auditId()))
                .isEqualTo(again.auditId());
        assertThat(jdbc.queryForObject(
                        "select status from claim where claim_number = ?", String.class, again.claimNumber()))
                .isEqualTo("GESLOTEN");
        assertThatThrownBy(() -> reprocessing.reprocess(early.auditId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("already reprocessed as " + again.auditId());
    }

    @Test
    void onlyRejectedMessagesAreReprocessed() throws Exception {
        Submission accepted = ingest("reflex/valid/ziek-bevalling.xml");

        assertThatThrownBy(() -> reprocessing.reprocess(accepted.auditId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only rejected messages");
        assertThatThrownBy(() -> reprocessing.reprocess(999_999))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no message with audit id 999999");
    }
}
