package nl.reflexengine.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionPlanTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ActionPlan plan = new ActionPlan(ClaimRulesFixture.domainDefaults(), DutchCalendar.standard());

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(NL).toInstant().minusMillis(1);
    }

    private static Map<String, Instant> dues(java.util.List<ActionPoint> points) {
        return points.stream().collect(Collectors.toMap(ActionPoint::kind, ActionPoint::due));
    }

    @Test
    void aNewClaimGetsFirstContactUwvReportAndEveryMilestone() {
        LocalDate firstDay = LocalDate.of(2026, 10, 12);
        Instant received = LocalDateTime.of(2026, 10, 15, 16, 30).atZone(NL).toInstant(); // a Thursday

        Map<String, Instant> dues = dues(plan.forNewClaim("C-ZONNIG", firstDay, received, false));

        assertThat(dues).containsEntry("FIRST_CONTACT", received.plusSeconds(24 * 3600));
        assertThat(dues).containsEntry("UWV_SICK_REPORT", endOf(LocalDate.of(2026, 10, 19)));
        assertThat(dues).containsEntry("PROBLEM_ANALYSIS", endOf(firstDay.plusWeeks(6)));
        assertThat(dues).containsEntry("PLAN_OF_APPROACH", endOf(firstDay.plusWeeks(8)));
        assertThat(dues).containsEntry("WEEK_42_REPORT", endOf(firstDay.plusWeeks(42)));
        assertThat(dues).containsEntry("FIRST_YEAR_EVALUATION", endOf(firstDay.plusWeeks(48)));
        assertThat(dues).containsEntry("FIRST_YEAR_ASSESSMENT", endOf(firstDay.plusWeeks(53)));
        assertThat(dues).containsEntry("CURRENT_OPINION", endOf(firstDay.plusWeeks(83)));
        assertThat(dues).containsEntry("REINTEGRATION_REPORT", endOf(firstDay.plusWeeks(89)));
        assertThat(dues).containsEntry("DOSSIER_CLOSES", endOf(firstDay.plusWeeks(104)));
        assertThat(dues).hasSize(10);
    }

    @Test
    void theMilestonesComeInTimeOrderWithUwvsFirstYearAssessmentBetweenEvaluationAndCurrentOpinion() {
        LocalDate firstDay = LocalDate.of(2026, 10, 12);
        Instant received = LocalDateTime.of(2026, 10, 13, 9, 0).atZone(NL).toInstant();

        assertThat(plan.forNewClaim("C-ZONNIG", firstDay, received, false))
                .extracting(ActionPoint::kind)
                .containsSubsequence(
                        "FIRST_YEAR_EVALUATION", "FIRST_YEAR_ASSESSMENT", "CURRENT_OPINION", "DOSSIER_CLOSES");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 13})
    void aClientWithALaterProblemAnalysisGetsItInThatWeekAndOtherClientsKeepWeekSix(int week) {
        ActionPlan later = new ActionPlan(
                ClaimRulesFixture.withProblemAnalysisWeeks(Map.of("C-DELTA", week)), DutchCalendar.standard());
        LocalDate firstDay = LocalDate.of(2026, 10, 12);
        Instant received = LocalDateTime.of(2026, 10, 13, 9, 0).atZone(NL).toInstant();

        Map<String, Instant> delta = dues(later.forNewClaim("C-DELTA", firstDay, received, false));
        Map<String, Instant> zonnig = dues(later.forNewClaim("C-ZONNIG", firstDay, received, false));

        assertThat(delta).containsEntry("PROBLEM_ANALYSIS", endOf(firstDay.plusWeeks(week)));
        assertThat(delta).containsEntry("PLAN_OF_APPROACH", endOf(firstDay.plusWeeks(8)));
        assertThat(delta).hasSize(10);
        assertThat(zonnig).containsEntry("PROBLEM_ANALYSIS", endOf(firstDay.plusWeeks(6)));
    }

    @Test
    void theUwvReportSkipsChristmas() {
        Instant received = LocalDateTime.of(2026, 12, 24, 10, 0).atZone(NL).toInstant();

        assertThat(dues(plan.forNewClaim("C-ZONNIG", LocalDate.of(2026, 12, 21), received, false)))
                .containsEntry("UWV_SICK_REPORT", endOf(LocalDate.of(2026, 12, 29)));
    }

    @Test
    void aVangnetClaimGoesToUwvWithinFourDaysAndGetsNoMilestones() {
        LocalDate firstDay = LocalDate.of(2026, 10, 12);
        Instant received = LocalDateTime.of(2026, 10, 13, 9, 0).atZone(NL).toInstant();

        Map<String, Instant> dues = dues(plan.forNewClaim("C-ZONNIG", firstDay, received, true));

        assertThat(dues).containsOnlyKeys("FIRST_CONTACT", "UWV_VANGNET_REPORT");
        assertThat(dues).containsEntry("UWV_VANGNET_REPORT", endOf(LocalDate.of(2026, 10, 16)));
    }
}
