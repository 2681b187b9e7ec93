package nl.reflexengine.claims;

import static nl.reflexengine.report.SickReportBuilder.FIRST_DAY;
import static nl.reflexengine.report.SickReportBuilder.validSickReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.reflexengine.enrichment.EnrichedSickReport;
import nl.reflexengine.enrichment.ReportEnricher;
import nl.reflexengine.reference.ReferenceCatalog;
import nl.reflexengine.reference.ReferenceDataLoader;
import nl.reflexengine.report.EmploymentNature;
import nl.reflexengine.report.MessageKind;
import nl.reflexengine.report.Phase;
import nl.reflexengine.report.Reason;
import nl.reflexengine.report.Recovery;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The claim decision as the plain function it is: a report, when and how it arrived, and what is known of
 * the claims already registered (here a map, not a database) give one decision. Nothing is written.
 */
class ClaimDecisionsTest {

    static final ReportEnricher ENRICHER =
            new ReportEnricher(new ReferenceCatalog(new ReferenceDataLoader().load(Path.of("samples/reference"))));

    /** The day after the first sick day, 10:00: on time for every rule. */
    static final Instant RECEIVED = ZonedDateTime.of(2026, 10, 13, 10, 0, 0, 0, ZoneId.of("Europe/Amsterdam"))
            .toInstant();

    final RegisteredClaims registered = new RegisteredClaims();
    final ClaimProperties rules = ClaimRulesFixture.domainDefaults();
    final DutchCalendar calendar = new DutchCalendar(false, DutchCalendar.LiberationDay.ALWAYS);
    final ClaimDecisions decisions = new ClaimDecisions(
            registered,
            new ActionPlan(rules, calendar),
            new ReportingDeadline(rules, calendar),
            new FrequentAbsence(registered, rules));

    @Test
    void aSickReportCreatesARunningClaimWithItsActionPoints() {
        ClaimDecision decision =
                decide(validSickReport().messageId("NEW-1", null).build(), RECEIVED);

        assertThat(decision.change()).isEqualTo(ClaimDecision.Change.CREATE);
        assertThat(decision.claimId()).isNull();
        assertThat(decision.event()).isEqualTo("CREATED");
        Claim claim = decision.claim();
        assertThat(claim.status()).isEqualTo(ClaimStatus.LOPEND);
        assertThat(claim.clientId()).isEqualTo("C-ZONNIG");
        assertThat(claim.contractCode()).isEqualTo("ZW-ZON-2026");
        assertThat(claim.vestigingscode()).isEqualTo("ZON-AMS");
        assertThat(claim.firstDay()).isEqualTo(FIRST_DAY);
        assertThat(claim.employeeName()).isEqualTo("J. Jansen");
        assertThat(claim.channel()).isEqualTo("MAIL");
        assertThat(claim.receivedAt()).isEqualTo(RECEIVED);
        assertThat(claim.messageId()).isEqualTo("NEW-1");
        assertThat(claim.daysLate()).isZero();
        assertThat(claim.frequentAbsence()).isFalse();
        assertThat(decision.actionPoints())
                .extracting(ActionPoint::kind)
                .containsExactlyInAnyOrderElementsOf(ClaimRulesFixture.NEW_CLAIM_ACTION_POINTS);
        assertThat(decision.actionPoints())
                .filteredOn(point -> point.kind().equals("FIRST_CONTACT"))
                .singleElement()
                .satisfies(point -> assertThat(point.due()).isEqualTo(RECEIVED.plusSeconds(24 * 3600)));
    }

    @Test
    void sicknessFromPregnancyGoesToTheVangnetAndClosesTheDossierAtOnce() {
        ClaimDecision decision = decide(
                validSickReport()
                        .messageId("VANGNET-1", null)
                        .reason(Reason.SICK_PREGNANCY)
                        .build(),
                RECEIVED);

        assertClosedAsVangnet(decision);
    }

    @Test
    void theDigiZsmVangnetIndicatorPutsAnyReasonInTheVangnet() {
        ClaimDecision decision = decide(
                validSickReport()
                        .messageId("VANGNET-2", null)
                        .vangnet(true, null)
                        .build(),
                RECEIVED);

        assertThat(decision.claim().reason()).isEqualTo("SICK_TEMP_WORKER");
        assertClosedAsVangnet(decision);
    }

    @Test
    void theNoRiskStatusOfAnOccupationallyDisabledWorkerPutsAnyReasonInTheVangnet() {
        ClaimDecision decision = decide(
                validSickReport()
                        .messageId("VANGNET-3", null)
                        .vangnet(null, true)
                        .build(),
                RECEIVED);

        assertClosedAsVangnet(decision);
    }

    @Test
    void anIndicatorAndStatusStatedFalseLeaveAnOrdinaryClaim() {
        ClaimDecision decision = decide(
                validSickReport()
                        .messageId("NOT-VANGNET-1", null)
                        .vangnet(false, false)
                        .build(),
                RECEIVED);

        assertThat(decision.claim().vangnet()).isFalse();
        assertThat(decision.claim().status()).isEqualTo(ClaimStatus.LOPEND);
        assertThat(decision.actionPoints()).hasSize(ClaimRulesFixture.NEW_CLAIM_ACTION_POINTS.size());
    }

    @Test
    void aClientWithItsProblemAnalysisInWeekTenGetsItThere() {
        ClaimProperties weekTen = ClaimRulesFixture.withProblemAnalysisWeeks(Map.of("C-ZONNIG", 10));
        ClaimDecisions forZonnig = new ClaimDecisions(
                registered,
                new ActionPlan(weekTen, calendar),
                new ReportingDeadline(weekTen, calendar),
                new FrequentAbsence(registered, weekTen));

        ClaimDecision decision = forZonnig.decide(
                enriched(validSickReport().messageId("WEEK-10", null).build()), RECEIVED, "MAIL");

        assertThat(decision.actionPoints())
                .filteredOn(point -> point.kind().equals("PROBLEM_ANALYSIS"))
                .singleElement()
                .satisfies(point -> assertThat(point.due())
                        .isEqualTo(FIRST_DAY
                                .plusWeeks(10)
                                .plusDays(1)
                                .atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                                .toInstant()
                                .minusMillis(1)));
    }

    /**
     * Uitzendbeding with the agreed end date stated, sickness from 12 October 2026, the contract ending on
     * Friday 30 October: received 11 days before is refused, 10 days before and on the day are on time, the day
     * after is late.
     */
    @ParameterizedTest
    @CsvSource({"2026-10-20T09:00, 0, 0", "2026-10-30T14:00, 0, 0", "2026-10-31T09:00, 1, 70"})
    void anUitzendbedingReportStatingTheEndDateIsDueOnIt(String received, int daysLate, int fine) {
        Claim claim = decide(
                        validSickReport()
                                .messageId("END-DATE-" + received, null)
                                .endDate(LocalDate.of(2026, 10, 30))
                                .build(),
                        dutch(received))
                .claim();

        assertThat(claim.reportingDue()).isEqualTo(dutch("2026-10-30T15:00"));
        assertThat(claim.daysLate()).isEqualTo(daysLate);
        assertThat(claim.fineEuro()).isEqualTo(fine);
    }

    @Test
    void anUitzendbedingReportMoreThanTenDaysBeforeTheEndDateIsRefusedAsTooEarly() {
        SickReport early = validSickReport()
                .messageId("TOO-EARLY-1", null)
                .endDate(LocalDate.of(2026, 10, 30))
                .build();

        assertThatThrownBy(() -> decide(early, dutch("2026-10-19T09:00")))
                .isInstanceOfSatisfying(
                        MessageRejectedException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code)
                                .containsExactly(ViolationCode.REPORTED_TOO_EARLY));
    }

    private static Instant dutch(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime)
                .atZone(ZoneId.of("Europe/Amsterdam"))
                .toInstant();
    }

    @Test
    void aLateReportCarriesItsDaysLateAndFine() {
        // with uitzendbeding due six weeks after 12 October: 23 November; received 7 December is 14 days late
        Instant received = ZonedDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneId.of("Europe/Amsterdam"))
                .toInstant();

        Claim claim = decide(validSickReport().messageId("LATE-1", null).build(), received)
                .claim();

        assertThat(claim.daysLate()).isEqualTo(14);
        assertThat(claim.fineEuro()).isEqualTo(230);
        assertThat(claim.reportingDue()).isBefore(received);
    }

    @Test
    void aMessageIdUsedBeforeIsRefused() {
        registered.add(claim("USED-1", FIRST_DAY, ClaimStatus.LOPEND));

        assertThat(rejection(validSickReport().messageId("USED-1", null).build()))
                .containsExactly(ViolationCode.MESSAGE_ID_ALREADY_USED);
    }

    @Test
    void theThirdReportInSixMonthsIsFrequentAbsence() {
        registered.add(claim("EARLIER-1", FIRST_DAY.minusMonths(4), ClaimStatus.GESLOTEN));
        registered.add(claim("EARLIER-2", FIRST_DAY.minusMonths(2), ClaimStatus.GESLOTEN));

        assertThat(decide(validSickReport().messageId("THIRD-1", null).build(), RECEIVED)
                        .claim()
                        .frequentAbsence())
                .isTrue();
    }

    @Test
    void aCorrectionChangesTheClaimItRefersToAndNamesWhatChanged() {
        StoredClaim original = registered.add(claim("ORIGINAL-1", FIRST_DAY, ClaimStatus.LOPEND));
        SickReport correction = validSickReport()
                .kind(MessageKind.CORRECTION)
                .messageId("CORRECTION-1", "ORIGINAL-1")
                .incapacity(Reason.SICK_TEMP_WORKER, FIRST_DAY.plusDays(1), FIRST_DAY.plusDays(1), FIRST_DAY)
                .build();

        ClaimDecision decision = decide(correction, RECEIVED);

        assertThat(decision.change()).isEqualTo(ClaimDecision.Change.CORRECT);
        assertThat(decision.claimId()).isEqualTo(original.id());
        assertThat(decision.claim().claimNumber()).isEqualTo(original.claim().claimNumber());
        assertThat(decision.claim().firstDay()).isEqualTo(FIRST_DAY.plusDays(1));
        assertThat(decision.event())
                .startsWith("CORRECTED by CORRECTION-1; firstDay: " + FIRST_DAY + " -> " + FIRST_DAY.plusDays(1));
    }

    @Test
    void aCorrectionOfTheEndDateJudgesTheOriginalReportAgainDeadlineDaysLateAndFineTogether() {
        LocalDate start = FIRST_DAY.minusMonths(6);
        SickReport original = validSickReport()
                .messageId("END-1", null)
                .employment(EmploymentNature.FIXED_TERM, Phase.ABU_B, false, start, LocalDate.of(2026, 10, 20))
                .build();
        Claim onTime = decide(original, RECEIVED).claim();
        assertThat(onTime.daysLate()).isZero();
        registered.add(onTime);

        // the contract really ended on Friday 9 October: the report of Tuesday the 13th came 4 days late
        SickReport correction = validSickReport()
                .kind(MessageKind.CORRECTION)
                .messageId("END-1-C", "END-1")
                .employment(EmploymentNature.FIXED_TERM, Phase.ABU_B, false, start, LocalDate.of(2026, 10, 9))
                .build();
        ClaimDecision decision = decide(correction, RECEIVED.plus(30, java.time.temporal.ChronoUnit.DAYS));

        Claim corrected = decision.claim();
        assertThat(corrected.reportingDue())
                .isEqualTo(ZonedDateTime.of(2026, 10, 9, 15, 0, 0, 0, ZoneId.of("Europe/Amsterdam"))
                        .toInstant());
        assertThat(corrected.daysLate())
                .as("as of the original report, not the correction")
                .isEqualTo(4);
        assertThat(corrected.fineEuro()).isEqualTo(70);
        assertThat(decision.event())
                .isEqualTo("CORRECTED by END-1-C; reportingDue: " + onTime.reportingDue() + " -> "
                        + corrected.reportingDue() + "; daysLate: 0 -> 4; fineEuro: 0 -> 70");
    }

    @Test
    void aCorrectionCannotTurnASickReportIntoLeave() {
        registered.add(claim("SICK-1", FIRST_DAY, ClaimStatus.LOPEND));
        SickReport leave = validSickReport()
                .kind(MessageKind.CORRECTION)
                .messageId("SICK-1-C", "SICK-1")
                .reason(Reason.WAZO)
                .build();

        assertThat(rejection(leave)).containsExactly(ViolationCode.CORRECTION_KIND_CHANGED);
    }

    @Test
    void aCorrectionOfAMessageNotKnownIsRefused() {
        SickReport correction = validSickReport()
                .kind(MessageKind.CORRECTION)
                .messageId("CORRECTION-2", "NEVER-SENT")
                .build();

        assertThat(rejection(correction)).containsExactly(ViolationCode.REFERENCED_MESSAGE_UNKNOWN);
    }

    @Test
    void aWithdrawalCancelsTheClaim() {
        StoredClaim original = registered.add(claim("WITHDRAWN-1", FIRST_DAY, ClaimStatus.LOPEND));

        ClaimDecision decision = decide(
                validSickReport()
                        .kind(MessageKind.WITHDRAWAL)
                        .messageId("WITHDRAWAL-1", "WITHDRAWN-1")
                        .build(),
                RECEIVED);

        assertThat(decision.change()).isEqualTo(ClaimDecision.Change.WITHDRAW);
        assertThat(decision.claimId()).isEqualTo(original.id());
        assertThat(decision.claim().status()).isEqualTo(ClaimStatus.GEANNULEERD);
        assertThat(decision.claim().closingReason()).isEqualTo("INGETROKKEN");
        assertThat(decision.event()).isEqualTo("WITHDRAWN by WITHDRAWAL-1");
    }

    @Test
    void aFullRecoveryClosesTheRunningClaimOnTheDayBefore() {
        StoredClaim running = registered.add(claim("RUNNING-1", FIRST_DAY, ClaimStatus.LOPEND));
        LocalDate back = FIRST_DAY.plusDays(10);

        ClaimDecision decision = decide(recovery("RECOVERY-1", new Recovery(back, true, null, null, null)), RECEIVED);

        assertThat(decision.change()).isEqualTo(ClaimDecision.Change.RECOVER);
        assertThat(decision.claimId()).isEqualTo(running.id());
        assertThat(decision.claim().status()).isEqualTo(ClaimStatus.GESLOTEN);
        assertThat(decision.claim().lastClaimDay()).isEqualTo(back.minusDays(1));
        assertThat(decision.claim().closingReason()).isEqualTo("HERSTELD");
    }

    @Test
    void aPartialRecoveryKeepsTheClaimRunningWithItsPercentage() {
        registered.add(claim("RUNNING-2", FIRST_DAY, ClaimStatus.LOPEND));

        ClaimDecision decision = decide(
                recovery("PARTIAL-1", new Recovery(FIRST_DAY.plusDays(7), false, new BigDecimal("50"), null, null)),
                RECEIVED);

        assertThat(decision.claim().status()).isEqualTo(ClaimStatus.LOPEND);
        assertThat(decision.claim().partialPercentage()).isEqualByComparingTo("50");
    }

    @Test
    void aRecoveryWithoutARunningClaimIsRefused() {
        registered.add(claim("CLOSED-1", FIRST_DAY, ClaimStatus.GESLOTEN));

        assertThat(rejection(recovery("RECOVERY-2", new Recovery(FIRST_DAY.plusDays(3), true, null, null, null))))
                .containsExactly(ViolationCode.CLAIM_NOT_FOUND);
    }

    /** The dossier went to UWV at once: closed as vangnet, with only first contact and the vangnet report. */
    private static void assertClosedAsVangnet(ClaimDecision decision) {
        assertThat(decision.claim().vangnet()).isTrue();
        assertThat(decision.claim().status()).isEqualTo(ClaimStatus.GESLOTEN);
        assertThat(decision.claim().closingReason()).isEqualTo("VANGNET");
        assertThat(decision.actionPoints())
                .extracting(ActionPoint::kind)
                .containsExactly("FIRST_CONTACT", "UWV_VANGNET_REPORT");
    }

    private ClaimDecision decide(SickReport report, Instant received) {
        return decisions.decide(enriched(report), received, "MAIL");
    }

    private List<ViolationCode> rejection(SickReport report) {
        List<ViolationCode> codes = new ArrayList<>();
        assertThatThrownBy(() -> decide(report, RECEIVED))
                .isInstanceOfSatisfying(
                        MessageRejectedException.class,
                        e -> e.violations().stream().map(Violation::code).forEach(codes::add));
        return codes;
    }

    private static EnrichedSickReport enriched(SickReport report) {
        return ENRICHER.enrich(report, null);
    }

    private static SickReport recovery(String messageId, Recovery recovery) {
        return validSickReport()
                .kind(MessageKind.RECOVERY)
                .messageId(messageId, null)
                .recovery(recovery)
                .build();
    }

    /** A claim of the builder's employee at Zonnig, as an earlier message registered it. */
    private Claim claim(String messageId, LocalDate firstDay, ClaimStatus status) {
        SickReport report = validSickReport().messageId(messageId, null).build();
        return new Claim(
                "ZM-2026-" + messageId,
                "C-ZONNIG",
                "ZW-ZON-2026",
                "ZON-AMS",
                report.employee().bsn(),
                "J. Jansen",
                report.employee().birthDate(),
                firstDay,
                Reason.SICK_TEMP_WORKER.name(),
                status,
                null,
                null,
                null,
                false,
                false,
                null,
                0,
                0,
                "MAIL",
                RECEIVED,
                messageId,
                null);
    }

    /** The claims already registered, as the database would answer for them. */
    static final class RegisteredClaims implements ClaimLookup {
        private final Map<String, StoredClaim> byMessage = new HashMap<>();
        private long ids;

        StoredClaim add(Claim claim) {
            StoredClaim stored = new StoredClaim(++ids, claim);
            byMessage.put(claim.clientId() + "/" + claim.messageId(), stored);
            return stored;
        }

        @Override
        public Optional<StoredClaim> byMessage(String clientId, String messageId) {
            return Optional.ofNullable(byMessage.get(clientId + "/" + messageId))
                    .filter(stored -> stored.claim().status() != ClaimStatus.GEANNULEERD);
        }

        @Override
        public boolean messageIdUsed(String clientId, String messageId) {
            return byMessage.containsKey(clientId + "/" + messageId);
        }

        @Override
        public Optional<StoredClaim> open(String clientId, String bsn, LocalDate firstDay) {
            return byMessage.values().stream()
                    .filter(stored -> stored.claim().clientId().equals(clientId)
                            && stored.claim().bsn().equals(bsn)
                            && stored.claim().firstDay().equals(firstDay)
                            && stored.claim().status() == ClaimStatus.LOPEND)
                    .findFirst();
        }

        @Override
        public List<LocalDate> firstDaysStarting(String clientId, String bsn, LocalDate from, LocalDate to) {
            return byMessage.values().stream()
                    .map(StoredClaim::claim)
                    .filter(claim -> claim.clientId().equals(clientId)
                            && claim.bsn().equals(bsn)
                            && !claim.firstDay().isBefore(from)
                            && !claim.firstDay().isAfter(to)
                            && claim.status() != ClaimStatus.GEANNULEERD)
                    .map(Claim::firstDay)
                    .toList();
        }
    }
}
