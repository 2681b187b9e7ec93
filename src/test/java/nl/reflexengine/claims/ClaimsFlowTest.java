package nl.reflexengine.claims;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.reflexengine.testing.TestMessages.correction;
import static nl.reflexengine.testing.TestMessages.recovery;
import static nl.reflexengine.testing.TestMessages.sickReport;
import static nl.reflexengine.testing.TestMessages.wazo;
import static nl.reflexengine.testing.TestMessages.withdrawal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.reflexengine.TestBsns;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What accepted messages do to the claims, through the production routes and H2. */
@EngineTest
class ClaimsFlowTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100_000_00);

    @Autowired
    ProducerTemplate template;

    @Autowired
    ClaimRepository claims;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSickReportCreatesARunningClaimWithItsActionPoints() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        Submission accepted = ingest(sickReport("FLOW-1", bsn, LocalDate.of(2026, 10, 12)));

        assertThat(accepted.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(accepted.claimNumber()).matches("ZM-\\d{4}-\\d{6}");
        var stored = claims.byNumber(accepted.claimNumber()).orElseThrow();
        assertThat(stored.claim().status()).isEqualTo(ClaimStatus.LOPEND);
        assertThat(stored.claim().clientId()).isEqualTo("C-ZONNIG");
        assertThat(stored.claim().vestigingscode()).isEqualTo("ZON-AMS");
        assertThat(stored.claim().contractCode()).isEqualTo("ZW-ZON-2026");
        assertThat(stored.claim().firstDay()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(stored.claim().reason()).isEqualTo("SICK_TEMP_WORKER");
        assertThat(stored.claim().channel()).isEqualTo("REPLAY");
        assertThat(stored.claim().vangnet()).isFalse();
        assertThat(claims.actionPoints(stored.id()))
                .extracting(ActionPoint::kind)
                .containsExactlyInAnyOrderElementsOf(ClaimRulesFixture.NEW_CLAIM_ACTION_POINTS);
        assertThat(jdbc.queryForObject(
                        "select claim_number from audit_message where id = ?", String.class, accepted.auditId()))
                .isEqualTo(accepted.claimNumber());
    }

    @Test
    void aCorrectionUpdatesTheClaimAndKeepsItsHistory() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        Submission original = ingest(sickReport("FLOW-2", bsn, LocalDate.of(2026, 10, 12)));

        long claimId = claims.byNumber(original.claimNumber()).orElseThrow().id();
        Instant analysisDue = due(claimId, "PROBLEM_ANALYSIS");

        Submission correction = ingest(correction("FLOW-2-C", "FLOW-2", bsn, LocalDate.of(2026, 10, 13)));

        assertThat(correction.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(correction.claimNumber()).isEqualTo(original.claimNumber());
        var stored = claims.byNumber(original.claimNumber()).orElseThrow();
        assertThat(stored.claim().firstDay()).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(claims.history(stored.id()))
                .containsExactly(
                        "CREATED",
                        "CORRECTED by FLOW-2-C; firstDay: 2026-10-12 -> 2026-10-13;"
                                + " reportingDue: 2026-11-23T22:59:59.999Z -> 2026-11-24T22:59:59.999Z; daysLate: 9 -> 8");
        assertThat(stored.claim().daysLate())
                .as("judged as of the original report, against the moved deadline")
                .isEqualTo(8);
        assertThat(stored.claim().fineEuro()).isEqualTo(230);
        assertThat(due(claimId, "PROBLEM_ANALYSIS"))
                .as("the milestones move with the first day")
                .isEqualTo(analysisDue.plus(1, java.time.temporal.ChronoUnit.DAYS));
        // a correction of the correction finds the same claim
        assertThat(ingest(correction("FLOW-2-D", "FLOW-2-C", bsn, LocalDate.of(2026, 10, 14)))
                        .claimNumber())
                .isEqualTo(original.claimNumber());
    }

    @Test
    void aWithdrawalCancelsTheClaimAndItsOpenActionPoints() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        Submission original = ingest(sickReport("FLOW-3", bsn, LocalDate.of(2026, 10, 12)));

        Submission withdrawal = ingest(withdrawal("FLOW-3-W", "FLOW-3", bsn));

        assertThat(withdrawal.outcome()).isEqualTo(Outcome.ACCEPTED);
        var stored = claims.byNumber(original.claimNumber()).orElseThrow();
        assertThat(stored.claim().status()).isEqualTo(ClaimStatus.GEANNULEERD);
        assertThat(jdbc.queryForObject(
                        "select count(*) from action_point where claim_id = ? and status = 'OPEN'",
                        Integer.class,
                        stored.id()))
                .isZero();
        assertThat(codes(ingest(withdrawal("FLOW-3-W2", "FLOW-3", bsn))))
                .containsExactly(ViolationCode.REFERENCED_MESSAGE_UNKNOWN);
    }

    @Test
    void aFullRecoveryClosesTheClaimWithTheLastClaimDay() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        Submission original = ingest(sickReport("FLOW-4", bsn, LocalDate.of(2026, 10, 12)));

        Submission partial = ingest(recovery("FLOW-4-P", bsn, LocalDate.of(2026, 10, 12), "2026-10-26", false));
        Submission full = ingest(recovery("FLOW-4-R", bsn, LocalDate.of(2026, 10, 12), "2026-11-02", true));

        assertThat(partial.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(full.outcome()).isEqualTo(Outcome.ACCEPTED);
        var stored = claims.byNumber(original.claimNumber()).orElseThrow();
        assertThat(stored.claim().status()).isEqualTo(ClaimStatus.GESLOTEN);
        assertThat(stored.claim().closingReason()).isEqualTo("HERSTELD");
        assertThat(stored.claim().lastClaimDay()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(stored.claim().partialPercentage()).isEqualByComparingTo("50");
        assertThat(claims.actionPoints(stored.id()))
                .as("kept, marked not needed; what is owed to UWV stays open")
                .allSatisfy(point -> assertThat(point.status())
                        .isEqualTo(
                                point.kind().equals(ActionPlan.UWV_SICK_REPORT)
                                        ? ActionPoint.Status.OPEN
                                        : ActionPoint.Status.NOT_NEEDED))
                .hasSize(ClaimRulesFixture.NEW_CLAIM_ACTION_POINTS.size());
        assertThat(codes(ingest(recovery("FLOW-4-R2", bsn, LocalDate.of(2026, 10, 12), "2026-11-02", true))))
                .as("no running claim left")
                .containsExactly(ViolationCode.CLAIM_NOT_FOUND);
    }

    @Test
    void aRecoveryLeavesAnOverduePointOpen() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        Submission original = ingest(sickReport("FLOW-11", bsn, LocalDate.of(2026, 9, 1)));

        ingest(recovery("FLOW-11-R", bsn, LocalDate.of(2026, 9, 1), "2026-11-02", true));

        long claimId = claims.byNumber(original.claimNumber()).orElseThrow().id();
        assertThat(claims.actionPoints(claimId))
                .filteredOn(point -> point.kind().equals("PROBLEM_ANALYSIS"))
                .extracting(ActionPoint::status)
                .as("due in week 6 (13 October), before the recovery: missed, not unneeded")
                .containsExactly(ActionPoint.Status.OPEN);
        assertThat(claims.actionPoints(claimId))
                .filteredOn(point -> point.kind().equals("PLAN_OF_APPROACH"))
                .extracting(ActionPoint::status)
                .as("due in week 8 (27 October), also before it")
                .containsExactly(ActionPoint.Status.OPEN);
        assertThat(claims.actionPoints(claimId))
                .filteredOn(point -> point.kind().equals("WEEK_42_REPORT"))
                .extracting(ActionPoint::status)
                .containsExactly(ActionPoint.Status.NOT_NEEDED);
    }

    @Test
    void aCorrectionIntoTheVangnetClosesTheDossierAndTellsUwv() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        Submission original = ingest(sickReport("FLOW-13", bsn, LocalDate.of(2026, 10, 12)));

        Submission corrected = ingest(correction("FLOW-13-C", "FLOW-13", bsn, LocalDate.of(2026, 10, 12))
                .replace("ZIEK_UITZENDKRACHT", "ZIEK_ZWANGERSCHAP"));

        assertThat(corrected.outcome()).as(corrected.violations().toString()).isEqualTo(Outcome.ACCEPTED);
        Claim claim = claims.byNumber(original.claimNumber()).orElseThrow().claim();
        assertThat(claim.vangnet()).isTrue();
        assertThat(claim.status()).isEqualTo(ClaimStatus.GESLOTEN);
        assertThat(claim.closingReason()).isEqualTo("VANGNET");
        assertThat(corrected.uwvFlows()).containsExactly("ZIEKTEAANGIFTE");
        assertThat(jdbc.queryForObject(
                        "select xml from uwv_outbox where audit_id = ?", String.class, corrected.auditId()))
                .contains("<Vangnet>true</Vangnet>");
    }

    @Test
    void aVangnetReportClosesTheDossierAndGoesToUwvAtOnce() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        String xml = sickReport("FLOW-5", bsn, LocalDate.of(2026, 10, 12))
                .replace("ZIEK_UITZENDKRACHT", "ZIEK_ZWANGERSCHAP");

        Submission accepted = ingest(xml);

        var stored = claims.byNumber(accepted.claimNumber()).orElseThrow();
        assertThat(stored.claim().vangnet()).isTrue();
        assertThat(stored.claim().status()).isEqualTo(ClaimStatus.GESLOTEN);
        assertThat(stored.claim().closingReason()).isEqualTo("VANGNET");
        assertThat(claims.actionPoints(stored.id()))
                .extracting(ActionPoint::kind)
                .containsExactlyInAnyOrder("FIRST_CONTACT", "UWV_VANGNET_REPORT");
    }

    @Test
    void aWazoApplicationIsALeaveRecordWithoutSicknessFollowUp() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        ingest(sickReport("FLOW-10A", bsn, LocalDate.of(2026, 5, 4)));

        Submission leave = ingest(wazo("FLOW-10", bsn));

        assertThat(leave.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(leave.claimNumber()).matches("WZ-\\d{4}-\\d{6}");
        assertThat(leave.uwvFlows()).containsExactly("AANVRAAG_WAZO_UITKERING");
        Claim record = claims.byNumber(leave.claimNumber()).orElseThrow().claim();
        assertThat(record.kind()).isEqualTo(Claim.Kind.LEAVE);
        assertThat(record.leave().reason()).isEqualTo(nl.reflexengine.report.WazoReason.PREGNANCY_AND_BIRTH_LEAVE);
        assertThat(record.leave().expectedDeliveryDate()).isNotNull();
        assertThat(record.vangnet()).isFalse();
        assertThat(record.frequentAbsence())
                .as("leave is no absence through sickness")
                .isFalse();
        assertThat(record.reportingDue()).isNull();
        assertThat(claims.actionPoints(
                        claims.byNumber(leave.claimNumber()).orElseThrow().id()))
                .extracting(ActionPoint::kind)
                .containsExactly(ActionPlan.UWV_WAZO_APPLICATION);
        Submission second = ingest(sickReport("FLOW-10C", bsn, LocalDate.of(2026, 10, 5)));
        assertThat(claims.byNumber(second.claimNumber()).orElseThrow().claim().frequentAbsence())
                .as("two sick reports and a leave in six months: the leave does not count")
                .isFalse();
        assertThat(codes(ingest(recovery("FLOW-10-R", bsn, record.firstDay(), "2026-11-02", true))))
                .as("a leave record is no sickness to recover from")
                .containsExactly(ViolationCode.CLAIM_NOT_FOUND);
    }

    @Test
    void theThirdReportInSixMonthsIsFlaggedAsFrequentAbsence() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        Submission first = ingest(sickReport("FLOW-6A", bsn, LocalDate.of(2026, 5, 4)));
        Submission second = ingest(sickReport("FLOW-6B", bsn, LocalDate.of(2026, 7, 6)));
        Submission third = ingest(sickReport("FLOW-6C", bsn, LocalDate.of(2026, 10, 5)));

        assertThat(claims.byNumber(first.claimNumber()).orElseThrow().claim().frequentAbsence())
                .isFalse();
        assertThat(claims.byNumber(second.claimNumber()).orElseThrow().claim().frequentAbsence())
                .isFalse();
        assertThat(claims.byNumber(third.claimNumber()).orElseThrow().claim().frequentAbsence())
                .isTrue();
    }

    @Test
    void theFourthReportInTwelveMonthsIsFlaggedThoughNoSixMonthsHoldThree() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        ingest(sickReport("FLOW-12A", bsn, LocalDate.of(2025, 12, 1)));
        ingest(sickReport("FLOW-12B", bsn, LocalDate.of(2026, 4, 6)));
        Submission third = ingest(sickReport("FLOW-12C", bsn, LocalDate.of(2026, 8, 3)));
        Submission fourth = ingest(sickReport("FLOW-12D", bsn, LocalDate.of(2026, 11, 2)));

        assertThat(claims.byNumber(third.claimNumber()).orElseThrow().claim().frequentAbsence())
                .as("two in six months, three in twelve")
                .isFalse();
        assertThat(claims.byNumber(fourth.claimNumber()).orElseThrow().claim().frequentAbsence())
                .as("two in six months, four in twelve")
                .isTrue();
    }

    @Test
    void reportsOfAnotherClientNeverCount() throws Exception {
        String bsn = TestBsns.from(SEQUENCE.addAndGet(1000));
        Submission zonnig = ingest(sickReport("FLOW-7", bsn, LocalDate.of(2026, 10, 12)));

        // Noorderlicht withdrawing Zonnig's report: unknown to Noorderlicht
        String foreign = withdrawal("FLOW-7-W", "FLOW-7", bsn)
                .replace("811111112L01", "833333336L01")
                .replace("ZW-ZON-2026", "ZW-NOORD-2026")
                .replace("ZON-AMS", "NRD-GRN");

        assertThat(codes(ingest(foreign))).containsExactly(ViolationCode.REFERENCED_MESSAGE_UNKNOWN);
        assertThat(claims.byNumber(zonnig.claimNumber()).orElseThrow().claim().status())
                .isEqualTo(ClaimStatus.LOPEND);
    }

    @Test
    void theSameMessageIdForAnotherReportIsRefused() throws Exception {
        ingest(sickReport("FLOW-8", TestBsns.from(SEQUENCE.addAndGet(1000)), LocalDate.of(2026, 10, 12)));

        assertThat(codes(ingest(
                        sickReport("FLOW-8", TestBsns.from(SEQUENCE.addAndGet(1000)), LocalDate.of(2026, 10, 13)))))
                .containsExactly(ViolationCode.MESSAGE_ID_ALREADY_USED);
    }

    @Test
    void aTestReflexNeverCreatesAClaim() throws Exception {
        String xml = sickReport("FLOW-9", TestBsns.from(SEQUENCE.addAndGet(1000)), LocalDate.of(2026, 10, 12))
                .replace("<Test>false</Test>", "<Test>true</Test>");

        Submission passed = ingest(xml);

        assertThat(passed.outcome()).isEqualTo(Outcome.TEST_PASSED);
        assertThat(passed.claimNumber()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from claim where message_id = 'FLOW-9'", Integer.class))
                .isZero();
    }

    // --- messages ------------------------------------------------------------------------------------

    private Submission ingest(String xml) {
        var inbound = InboundMessage.file(
                xml.getBytes(UTF_8), Channel.REPLAY, "claims-flow-" + SEQUENCE.incrementAndGet(), Instant.now(), false);
        return template.requestBody("direct:ingest", inbound, Submission.class);
    }

    private Instant due(long claimId, String kind) {
        return claims.actionPoints(claimId).stream()
                .filter(point -> point.kind().equals(kind))
                .findFirst()
                .orElseThrow()
                .due();
    }

    private static List<ViolationCode> codes(Submission submission) {
        return submission.violations().stream().map(Violation::code).toList();
    }
}
