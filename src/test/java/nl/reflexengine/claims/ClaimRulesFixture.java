package nl.reflexengine.claims;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The domain's default claim rules, as application.properties sets them, for plain unit tests. */
final class ClaimRulesFixture {

    /** The action points a new claim outside the vangnet gets with these rules. */
    static final List<String> NEW_CLAIM_ACTION_POINTS = List.of(
            "FIRST_CONTACT",
            "UWV_SICK_REPORT",
            "PROBLEM_ANALYSIS",
            "PLAN_OF_APPROACH",
            "WEEK_42_REPORT",
            "FIRST_YEAR_EVALUATION",
            "FIRST_YEAR_ASSESSMENT",
            "CURRENT_OPINION",
            "REINTEGRATION_REPORT",
            "DOSSIER_CLOSES");

    private ClaimRulesFixture() {}

    static ClaimProperties domainDefaults() {
        return rules(Map.of(), LocalDate.of(2023, 7, 1), 10);
    }

    /** The domain's defaults, with these clients' problem analysis in another week. */
    static ClaimProperties withProblemAnalysisWeeks(Map<String, Integer> problemAnalysisWeek) {
        return rules(problemAnalysisWeek, LocalDate.of(2023, 7, 1), 10);
    }

    /** The domain's defaults, with another start and margin of the uitzendbeding end-date rule. */
    static ClaimProperties withUitzendbedingEndDateRule(LocalDate from, int maxDaysEarly) {
        return rules(Map.of(), from, maxDaysEarly);
    }

    private static ClaimProperties rules(
            Map<String, Integer> problemAnalysisWeek, LocalDate uitzendbedingEndDateFrom, int maxDaysEarly) {
        Map<Milestone, Integer> weeks = new EnumMap<>(Milestone.class);
        weeks.put(Milestone.PROBLEM_ANALYSIS, 6);
        weeks.put(Milestone.PLAN_OF_APPROACH, 8);
        weeks.put(Milestone.WEEK_42_REPORT, 42);
        weeks.put(Milestone.FIRST_YEAR_EVALUATION, 48);
        weeks.put(Milestone.FIRST_YEAR_ASSESSMENT, 53);
        weeks.put(Milestone.CURRENT_OPINION, 83);
        weeks.put(Milestone.REINTEGRATION_REPORT, 89);
        weeks.put(Milestone.DOSSIER_CLOSES, 104);
        return new ClaimProperties(
                24,
                2,
                4,
                weeks,
                problemAnalysisWeek,
                LocalTime.of(15, 0),
                6,
                uitzendbedingEndDateFrom,
                maxDaysEarly,
                List.of(
                        new ClaimProperties.FineBand(1, 70),
                        new ClaimProperties.FineBand(7, 230),
                        new ClaimProperties.FineBand(28, 455)),
                List.of(
                        new ClaimProperties.FrequentAbsenceThreshold(3, 6),
                        new ClaimProperties.FrequentAbsenceThreshold(4, 12)),
                false,
                DutchCalendar.LiberationDay.ALWAYS);
    }
}
