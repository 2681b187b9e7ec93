package nl.reflexengine.uwv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.reflexengine.testing.TestMessages.correction;
import static nl.reflexengine.testing.TestMessages.recovery;
import static nl.reflexengine.testing.TestMessages.sickReport;
import static nl.reflexengine.testing.TestMessages.wazo;
import static nl.reflexengine.testing.TestMessages.week42;
import static nl.reflexengine.testing.TestMessages.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.reflexengine.TestBsns;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.claims.ActionPlan;
import nl.reflexengine.claims.ActionPoint;
import nl.reflexengine.claims.ClaimRepository;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.outbox.OutboxDispatcher;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What UWV hears of a claim's life, message after message, with the outbox drained by hand so "queued" and
 * "sent" can be told apart: corrections before and after sending, withdrawals that take the follow-ups with
 * them, and the action points that UWV's answers and our own sending settle.
 */
@EngineTest
class UwvFlowsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(300_000_00);
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 12);

    @Autowired
    ProducerTemplate template;

    @Autowired
    @Qualifier("uwvDispatcher")
    OutboxDispatcher<?, ?> dispatcher;

    @Autowired
    UwvStatusReports statuses;

    @Autowired
    ClaimRepository claims;

    @Autowired
    JdbcTemplate jdbc;

    /** Each test counts what it sends: nothing an earlier test left queued goes with it. */
    @BeforeEach
    void sendWhatEarlierTestsLeftQueued() {
        dispatcher.drain();
    }

    @Test
    void aCorrectionReplacesTheZiekteaangifteWhileItIsStillQueued() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-1", bsn, FIRST_DAY));

        Submission corrected = ingest(correction("UWV-1-C", "UWV-1", bsn, FIRST_DAY.plusDays(1)));

        assertThat(corrected.uwvFlows()).containsExactly("ZIEKTEAANGIFTE");
        String replaced = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        String replacement = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE, 2);
        assertThat(row(replaced)).containsEntry("STATUS", "CANCELLED").containsEntry("SUPERSEDED_BY", replacement);
        assertThat(dispatcher.drain()).as("only the replacement goes out").isEqualTo(1);
        assertThat(row(replacement)).containsEntry("STATUS", "SENT");
        assertThat(xml(replacement)).contains("<EersteZiektedag>" + FIRST_DAY.plusDays(1) + "</EersteZiektedag>");
    }

    @Test
    void aCorrectionAfterSendingWithdrawsAndSendsAgainWithItsFollowUps() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-2", bsn, FIRST_DAY));
        Submission partial = ingest(recovery("UWV-2-P", bsn, FIRST_DAY, "2026-10-26", false));
        dispatcher.drain();
        String sent = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        String sentResumption = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.MELDING_WERKHERVATTING);
        assertThat(partial.uwvFlows()).containsExactly("MELDING_WERKHERVATTING");
        assertThat(xml(sentResumption))
                .contains("<KenmerkZiekteaangifte>" + sent + "</KenmerkZiekteaangifte>")
                .contains("<PercentageHervat>50</PercentageHervat>");

        Submission corrected = ingest(accidentAfterAll("UWV-2-C", "UWV-2", bsn, FIRST_DAY.plusDays(1)));

        assertThat(corrected.uwvFlows())
                .containsExactly("ZIEKTEAANGIFTE_INTREKKING", "ZIEKTEAANGIFTE", "MELDING_WERKHERVATTING");
        String withdrawal = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE_INTREKKING);
        String again = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE, 2);
        String resumptionAgain = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.MELDING_WERKHERVATTING, 2);
        assertThat(xml(withdrawal)).contains("<IngetrokkenKenmerk>" + sent + "</IngetrokkenKenmerk>");
        assertThat(xml(again)).contains("<Ongeval>true</Ongeval>");
        assertThat(xml(resumptionAgain))
                .as("the follow-up names the new Ziekteaangifte")
                .contains("<KenmerkZiekteaangifte>" + again + "</KenmerkZiekteaangifte>")
                .contains("<EersteZiektedag>" + FIRST_DAY.plusDays(1) + "</EersteZiektedag>")
                .contains("<PercentageHervat>50</PercentageHervat>");
        assertThat(row(sent)).containsEntry("STATUS", "SENT").containsEntry("SUPERSEDED_BY", withdrawal);
        assertThat(row(sentResumption))
                .as("withdrawn at UWV with the message it followed")
                .containsEntry("SUPERSEDED_BY", withdrawal);
        assertThat(dispatcher.drain()).isEqualTo(3);
    }

    @Test
    void aSecondCorrectionWithdrawsTheFirstCorrectionOnly() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-10", bsn, FIRST_DAY));
        dispatcher.drain();
        ingest(accidentAfterAll("UWV-10-C", "UWV-10", bsn, FIRST_DAY));
        dispatcher.drain();

        Submission second = ingest(correction("UWV-10-C2", "UWV-10", bsn, FIRST_DAY.plusDays(1)));

        assertThat(second.uwvFlows())
                .as("the earlier withdrawal is no follow-up: it is never sent again")
                .containsExactly("ZIEKTEAANGIFTE_INTREKKING", "ZIEKTEAANGIFTE");
        assertThat(xml(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE_INTREKKING, 2)))
                .contains(
                        "<IngetrokkenKenmerk>" + UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE, 2));
    }

    @Test
    void aWithdrawalRightAfterAPostSendCorrectionStillWithdrawsWhatUwvHas() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-11", bsn, FIRST_DAY));
        dispatcher.drain();
        ingest(accidentAfterAll("UWV-11-C", "UWV-11", bsn, FIRST_DAY));

        Submission withdrawn = ingest(withdrawal("UWV-11-W", "UWV-11", bsn));

        assertThat(withdrawn.uwvFlows())
                .as("the queued withdrawal already does it")
                .isEmpty();
        assertThat(row(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE, 2)))
                .containsEntry("STATUS", "CANCELLED");
        assertThat(dispatcher.drain()).isEqualTo(1);
        assertThat(row(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE_INTREKKING)))
                .as("UWV's copy of the sick report is withdrawn")
                .containsEntry("STATUS", "SENT");
    }

    @Test
    void aMessageStillRetryingWhenItIsCorrectedIsNeverSentAfterItsWithdrawal() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-12", bsn, FIRST_DAY));
        String retrying = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        failedOnce(retrying);

        Submission corrected = ingest(accidentAfterAll("UWV-12-C", "UWV-12", bsn, FIRST_DAY));

        assertThat(corrected.uwvFlows())
                .as("it may have reached UWV: withdrawn all the same")
                .containsExactly("ZIEKTEAANGIFTE_INTREKKING", "ZIEKTEAANGIFTE");
        assertThat(row(retrying)).containsEntry("STATUS", "CANCELLED");
        dueNow(retrying);
        assertThat(dispatcher.drain())
                .as("the withdrawal and the corrected report; never the old one")
                .isEqualTo(2);
        assertThat(row(retrying)).containsEntry("STATUS", "CANCELLED");
    }

    @Test
    void aFollowUpWaitsUntilItsZiekteaangifteHasLeft() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-13", bsn, FIRST_DAY));
        String aangifte = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        failedOnce(aangifte);
        ingest(recovery("UWV-13-P", bsn, FIRST_DAY, "2026-10-26", false));

        assertThat(dispatcher.drain())
                .as("UWV must not hear of a kenmerk before the message that carries it")
                .isZero();

        dueNow(aangifte);
        assertThat(dispatcher.drain()).isEqualTo(2);
        assertThat(row(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.MELDING_WERKHERVATTING)))
                .containsEntry("STATUS", "SENT");
    }

    @Test
    void aCorrectionOfAMessageUwvRejectedSendsTheCorrectedOneWithoutAWithdrawal() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-14", bsn, FIRST_DAY));
        dispatcher.drain();
        statuses.record(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE), "REJECTED");

        Submission corrected = ingest(accidentAfterAll("UWV-14-C", "UWV-14", bsn, FIRST_DAY));

        assertThat(corrected.uwvFlows())
                .as("UWV never registered what it rejected")
                .containsExactly("ZIEKTEAANGIFTE");
    }

    @Test
    void uwvsAcceptanceOfAReplacedReportStillSettlesItsPointOnTime() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-15", bsn, FIRST_DAY));
        dispatcher.drain();
        ingest(accidentAfterAll("UWV-15-C", "UWV-15", bsn, FIRST_DAY));

        statuses.record(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE), "ACCEPTED");

        ActionPoint settled = point(original, ActionPlan.UWV_SICK_REPORT);
        assertThat(settled.status())
                .as("UWV had the report when it accepted it")
                .isEqualTo(ActionPoint.Status.DONE);
        assertThat(settled.late()).isFalse();
    }

    @Test
    void aCorrectionUwvsMessageDoesNotCarrySendsNothing() throws Exception {
        String bsn = bsn();
        ingest(sickReport("UWV-3", bsn, FIRST_DAY));
        dispatcher.drain();

        Submission corrected = ingest(correction("UWV-3-C", "UWV-3", bsn, FIRST_DAY)
                .replaceFirst("<Functie>[^<]*</Functie>", "<Functie>Heftruckchauffeur</Functie>")
                .replace("ZON-AMS", "ZON-RTD"));

        assertThat(corrected.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(corrected.uwvFlows()).isEmpty();
    }

    @Test
    void aWithdrawalWithdrawsTheSentReportWithItsFollowUpsAndCancelsWhatWasNeverSent() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-4", bsn, FIRST_DAY));
        ingest(recovery("UWV-4-P", bsn, FIRST_DAY, "2026-10-26", false));
        dispatcher.drain();
        ingest(week42("UWV-4-42", bsn, FIRST_DAY));

        Submission withdrawn = ingest(withdrawal("UWV-4-W", "UWV-4", bsn));

        assertThat(withdrawn.uwvFlows()).containsExactly("ZIEKTEAANGIFTE_INTREKKING");
        String withdrawal = UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.ZIEKTEAANGIFTE_INTREKKING);
        assertThat(row(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.MELDING_WERKHERVATTING)))
                .containsEntry("STATUS", "SENT")
                .containsEntry("SUPERSEDED_BY", withdrawal);
        assertThat(row(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.MELDING_LANGDURIG_ARBEIDSONGESCHIKT)))
                .as("never sent: cancelled, kept for the record")
                .containsEntry("STATUS", "CANCELLED");
        assertThat(dispatcher.drain()).as("only the withdrawal goes out").isEqualTo(1);
    }

    @Test
    void aWazoApplicationTravelsInTheWazoFlowAndIsWithdrawnThere() throws Exception {
        String bsn = bsn();
        Submission leave = ingest(wazo("UWV-5", bsn));
        dispatcher.drain();

        Submission withdrawn = ingest(withdrawal("UWV-5-W", "UWV-5", bsn));

        assertThat(leave.uwvFlows()).containsExactly("AANVRAAG_WAZO_UITKERING");
        assertThat(withdrawn.uwvFlows()).containsExactly("AANVRAAG_WAZO_UITKERING_INTREKKING");
        String sent = UwvOutbox.kenmerk(leave.claimNumber(), UwvFlow.AANVRAAG_WAZO_UITKERING);
        assertThat(xml(UwvOutbox.kenmerk(leave.claimNumber(), UwvFlow.AANVRAAG_WAZO_UITKERING_INTREKKING)))
                .startsWith("<?xml")
                .contains("<AanvraagWazoUitkering")
                .contains("<IngetrokkenKenmerk>" + sent + "</IngetrokkenKenmerk>");
    }

    @Test
    void uwvsAcceptanceSettlesTheSickReportPointLateWhenAfterItsDueMoment() throws Exception {
        Submission onTime = ingest(sickReport("UWV-6", bsn(), FIRST_DAY));
        Submission late = ingest(sickReport("UWV-7", bsn(), FIRST_DAY));
        dispatcher.drain();
        jdbc.update(
                "update action_point set due_at = ? where kind = 'UWV_SICK_REPORT' and claim_id = ?",
                Timestamp.from(Instant.now().minusSeconds(3600)),
                claimId(late));

        assertThat(statuses.record(UwvOutbox.kenmerk(onTime.claimNumber(), UwvFlow.ZIEKTEAANGIFTE), "400"))
                .isTrue();
        assertThat(point(onTime, ActionPlan.UWV_SICK_REPORT).status())
                .as("handed to UWV is not yet accepted")
                .isEqualTo(ActionPoint.Status.OPEN);
        statuses.record(UwvOutbox.kenmerk(onTime.claimNumber(), UwvFlow.ZIEKTEAANGIFTE), "ACCEPTED");
        statuses.record(UwvOutbox.kenmerk(late.claimNumber(), UwvFlow.ZIEKTEAANGIFTE), "ACCEPTED_WITH_WARNINGS");

        ActionPoint settled = point(onTime, ActionPlan.UWV_SICK_REPORT);
        assertThat(settled.status()).isEqualTo(ActionPoint.Status.DONE);
        assertThat(settled.doneBy()).contains(UwvOutbox.kenmerk(onTime.claimNumber(), UwvFlow.ZIEKTEAANGIFTE));
        assertThat(settled.late()).isFalse();
        assertThat(point(late, ActionPlan.UWV_SICK_REPORT).late()).isTrue();
        assertThat(point(onTime, "FIRST_CONTACT").status())
                .as("UWV settles only what was owed to UWV")
                .isEqualTo(ActionPoint.Status.OPEN);
    }

    @Test
    void theWeek42PointIsDoneWhenTheWeek42ReportIsSent() throws Exception {
        String bsn = bsn();
        Submission original = ingest(sickReport("UWV-8", bsn, FIRST_DAY));
        Submission week42 = ingest(week42("UWV-8-42", bsn, FIRST_DAY));

        assertThat(week42.uwvFlows()).containsExactly("MELDING_LANGDURIG_ARBEIDSONGESCHIKT");
        assertThat(point(original, "WEEK_42_REPORT").status())
                .as("received is not yet reported")
                .isEqualTo(ActionPoint.Status.OPEN);

        dispatcher.drain();

        ActionPoint done = point(original, "WEEK_42_REPORT");
        assertThat(done.status()).isEqualTo(ActionPoint.Status.DONE);
        assertThat(done.doneBy())
                .contains(UwvOutbox.kenmerk(original.claimNumber(), UwvFlow.MELDING_LANGDURIG_ARBEIDSONGESCHIKT));
        assertThat(done.late()).as("sent long before week 42").isFalse();
    }

    @Test
    void uwvsAcceptanceOfAWazoApplicationSettlesItsOnePoint() throws Exception {
        Submission leave = ingest(wazo("UWV-9", bsn()));
        dispatcher.drain();

        statuses.record(UwvOutbox.kenmerk(leave.claimNumber(), UwvFlow.AANVRAAG_WAZO_UITKERING), "ACCEPTED");

        assertThat(point(leave, ActionPlan.UWV_WAZO_APPLICATION).status()).isEqualTo(ActionPoint.Status.DONE);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private static String bsn() {
        return TestBsns.from(SEQUENCE.addAndGet(1000));
    }

    private Submission ingest(String xml) {
        var inbound = InboundMessage.file(
                xml.getBytes(UTF_8), Channel.REPLAY, "uwv-flows-" + SEQUENCE.incrementAndGet(), Instant.now(), false);
        Submission done = template.requestBody("direct:ingest", inbound, Submission.class);
        assertThat(done.outcome()).as(done.violations().toString()).isEqualTo(Outcome.ACCEPTED);
        return done;
    }

    /** A correction that changes what UWV was told: it was an accident after all. */
    private static String accidentAfterAll(String messageId, String corrects, String bsn, LocalDate firstDay)
            throws Exception {
        return correction(messageId, corrects, bsn, firstDay)
                .replace("<Ongeval>false</Ongeval>", "<Ongeval>true</Ongeval>");
    }

    private void dueNow(String kenmerk) {
        jdbc.update(
                "update uwv_outbox set next_attempt_at = ? where kenmerk = ?", Timestamp.from(Instant.EPOCH), kenmerk);
    }

    /** A first attempt failed: the message waits for its next one, a while from now. */
    private void failedOnce(String kenmerk) {
        jdbc.update(
                "update uwv_outbox set attempts = 1, next_attempt_at = ? where kenmerk = ?",
                Timestamp.from(Instant.now().plusSeconds(3600)),
                kenmerk);
    }

    private Map<String, Object> row(String kenmerk) {
        return jdbc.queryForMap("select status, superseded_by from uwv_outbox where kenmerk = ?", kenmerk);
    }

    private String xml(String kenmerk) {
        return jdbc.queryForObject("select xml from uwv_outbox where kenmerk = ?", String.class, kenmerk);
    }

    private long claimId(Submission submission) {
        return claims.byNumber(submission.claimNumber()).orElseThrow().id();
    }

    private ActionPoint point(Submission submission, String kind) {
        List<ActionPoint> points = claims.actionPoints(claimId(submission)).stream()
                .filter(point -> point.kind().equals(kind))
                .toList();
        assertThat(points).hasSize(1);
        return points.get(0);
    }
}
