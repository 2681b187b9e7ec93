package nl.reflexengine.uwv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.outbox.OutboxDispatcher;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The UWV outbox with the file adapter, dispatched by hand (the forwarding route is off) so each step
 * can be seen: queued with the acceptance, delivered once, withdrawn or cancelled.
 */
@EngineTest
class UwvOutboxTest {

    @Autowired
    ProducerTemplate template;

    @Autowired
    @Qualifier("uwvDispatcher")
    OutboxDispatcher<?, ?> dispatcher;

    @Autowired
    UwvStatusReports statuses;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UwvProperties uwv;

    private Submission ingest(String sample, String replace, String with) throws Exception {
        String xml = Files.readString(Path.of("samples", sample), UTF_8).replace(replace, with);
        var inbound = InboundMessage.file(xml.getBytes(UTF_8), Channel.REPLAY, sample + replace, Instant.now(), false);
        return template.requestBody("direct:ingest", inbound, Submission.class);
    }

    /** The outbox's delivery state, and after it what Digipoort and UWV said: SENT/DELIVERED. */
    private String status(String kenmerk) {
        return jdbc.queryForObject(
                "select status || coalesce('/' || uwv_status, '') from uwv_outbox where kenmerk = ?",
                String.class,
                kenmerk);
    }

    @Test
    void anAcceptedReportQueuesOneZiekteaangifteThatIsDeliveredOnce() throws Exception {
        Submission accepted = ingest("reflex/valid/ziek-oproepkracht.xml", "", "");
        String kenmerk = UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);

        assertThat(accepted.uwvFlows()).containsExactly("ZIEKTEAANGIFTE");
        assertThat(status(kenmerk)).isEqualTo("QUEUED");

        assertThat(dispatcher.drain()).isEqualTo(1);
        assertThat(dispatcher.drain()).as("never twice").isZero();

        assertThat(status(kenmerk)).isEqualTo("SENT/DELIVERED");
        Path file = uwv.outboxDirectory().resolve(kenmerk + ".xml");
        assertThat(file).exists();
        assertThat(Files.readString(file, UTF_8)).contains("<Kenmerk>" + kenmerk + "</Kenmerk>");
        assertThat(uwv.outboxDirectory().resolve(kenmerk + ".xml.part")).doesNotExist();
    }

    @Test
    void statusReportsMoveASentMessageForwardOnly() throws Exception {
        Submission accepted = ingest("reflex/valid/ziek-overig-art-4-5.xml", "", "");
        String kenmerk = UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        dispatcher.drain();

        assertThat(statuses.record(kenmerk, "301")).isTrue();
        assertThat(status(kenmerk)).isEqualTo("SENT/VALIDATED");
        assertThat(statuses.record(kenmerk, "100"))
                .as("a late 'delivered' changes nothing")
                .isFalse();
        assertThat(statuses.record(kenmerk, "400")).isTrue();
        assertThat(status(kenmerk)).isEqualTo("SENT/HANDED_TO_UWV");
        assertThat(statuses.record(kenmerk, "ACCEPTED_WITH_WARNINGS")).isTrue();
        assertThat(statuses.record(kenmerk, "REJECTED"))
                .as("UWV's answer is final")
                .isFalse();
        assertThat(status(kenmerk)).isEqualTo("SENT/ACCEPTED_WITH_WARNINGS");
        assertThat(statuses.record("RX-UNKNOWN-A", "ACCEPTED")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> statuses.record(kenmerk, "999"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void uwvsErrorsAndWarningsAfterTheStatusAreKeptMasked() throws Exception {
        Submission accepted = ingest("reflex/valid/ziek-bevalling.xml", "", "");
        String kenmerk = UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        dispatcher.drain();

        assertThat(statuses.record(
                        kenmerk,
                        "REJECTED\r\nFOUT ZA-017 Eerste ziektedag ligt na datum ziekmelding\n"
                                + "WAARSCHUWING ZA-102 BSN 123456782 onbekend in BRP\n"))
                .isTrue();

        assertThat(status(kenmerk)).isEqualTo("SENT/REJECTED");
        assertThat(jdbc.queryForObject("select uwv_remarks from uwv_outbox where kenmerk = ?", String.class, kenmerk))
                .isEqualTo("FOUT ZA-017 Eerste ziektedag ligt na datum ziekmelding\n"
                        + "WAARSCHUWING ZA-102 BSN ********* onbekend in BRP");
    }

    @Test
    void aWithdrawalBeforeSendingCancelsTheUnsentMessage() throws Exception {
        Submission accepted =
                ingest("reflex/valid/fase-b-zonder-uitzendbeding-ubplus.xml", "DLT-2026-002353", "DLT-2026-UWV-1");
        Submission withdrawn =
                ingest("reflex/valid/intrekking-fase-b-zonder-uitzendbeding.xml", "DLT-2026-002353", "DLT-2026-UWV-1");

        assertThat(withdrawn.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(withdrawn.uwvFlows()).isEmpty();
        String kenmerk = UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        assertThat(status(kenmerk)).isEqualTo("CANCELLED");
        dispatcher.drain();
        assertThat(uwv.outboxDirectory().resolve(kenmerk + ".xml")).doesNotExist();
    }

    @Test
    void aWithdrawalAfterSendingIsSentInTheSameFlow() throws Exception {
        Submission accepted =
                ingest("reflex/valid/fase-b-zonder-uitzendbeding-ubplus.xml", "DLT-2026-002353", "DLT-2026-UWV-2");
        dispatcher.drain();

        Submission withdrawn =
                ingest("reflex/valid/intrekking-fase-b-zonder-uitzendbeding.xml", "DLT-2026-002353", "DLT-2026-UWV-2");
        dispatcher.drain();

        assertThat(withdrawn.uwvFlows()).containsExactly("ZIEKTEAANGIFTE_INTREKKING");
        String withdrawal = UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE_INTREKKING);
        assertThat(status(withdrawal)).isEqualTo("SENT/DELIVERED");
        assertThat(Files.readString(uwv.outboxDirectory().resolve(withdrawal + ".xml"), UTF_8))
                .contains("<IngetrokkenKenmerk>" + UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE));
    }

    @Test
    void testAndRejectedMessagesSendNothingToUwv() throws Exception {
        Submission test = ingest("reflex/test/test-zonnig-geslaagd.xml", "", "");
        Submission rejected = ingest("reflex/invalid/bsn-eleven-test.xml", "", "");

        assertThat(test.outcome()).isEqualTo(Outcome.TEST_PASSED);
        assertThat(rejected.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(test.uwvFlows()).isEmpty();
        assertThat(rejected.uwvFlows()).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from uwv_outbox where audit_id in (?, ?)",
                        Integer.class,
                        test.auditId(),
                        rejected.auditId()))
                .isZero();
    }

    @Test
    void aMessageDigipoortCouldNotDeliverIsSentAgainOnceRequeued() throws Exception {
        Submission accepted = ingest("reflex/valid/ziek-uit-dienst.xml", "", "");
        String kenmerk = UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        dispatcher.drain();

        assertThat(statuses.record(kenmerk, "410")).isTrue();
        assertThat(status(kenmerk)).as("Digipoort's failure fails our delivery").isEqualTo("FAILED/FAILED");
        assertThat(dispatcher.drain())
                .as("a failed message waits for an operator")
                .isZero();

        dispatcher.requeue(jdbc.queryForObject("select id from uwv_outbox where kenmerk = ?", Long.class, kenmerk));

        assertThat(status(kenmerk)).as("its lifecycle starts afresh").isEqualTo("QUEUED");
        assertThat(dispatcher.drain()).isEqualTo(1);
        assertThat(status(kenmerk)).isEqualTo("SENT/DELIVERED");
        assertThat(statuses.record(kenmerk, "ACCEPTED")).isTrue();
        assertThat(status(kenmerk)).isEqualTo("SENT/ACCEPTED");
    }
}
