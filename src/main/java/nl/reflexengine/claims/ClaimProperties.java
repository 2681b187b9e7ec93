package nl.reflexengine.claims;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator's rules for claims ({@code reflex.claims.*}); the defaults are the domain's.
 *
 * @param firstContactHours a case manager calls within this many hours of receipt
 * @param uwvReportWorkingDays UWV receives the sick report within this many working days of receipt
 * @param vangnetUwvDays a vangnet report reaches UWV within this many days of the first day
 * @param poortwachter the Poortwachter milestones, in weeks from the first day
 * @param problemAnalysisWeek per client id, the week the problem analysis moves to (6, 10 or 13) instead of
 *     the week of {@code poortwachter.PROBLEM_ANALYSIS}
 * @param reportingCutoff on the last contract day a report must be in before this time (Dutch time)
 * @param uitzendbedingReportingWeeks a temp contract with uitzendbeding is reported within this many weeks
 *     (when the report does not state the contract's end date, or the sickness began before {@code
 *     uitzendbedingEndDateFrom})
 * @param uitzendbedingEndDateFrom sickness beginning on or after this day, of a temp contract with
 *     uitzendbeding whose report states the contract's agreed end date, is reported on that end date
 * @param uitzendbedingMaxDaysEarly such a report may come at most this many days before the end date
 * @param fineBands fines for late reporting: from this many days late, this many euro (ascending)
 * @param frequentAbsence the frequent-absence thresholds: this many reports within this many months
 * @param goodFriday whether Good Friday is a non-working day
 * @param liberationDay how Liberation Day counts: ALWAYS, LUSTRUM or NEVER
 */
@Validated
@ConfigurationProperties("reflex.claims")
public record ClaimProperties(
        @Min(1) int firstContactHours,
        @Min(0) int uwvReportWorkingDays,
        @Min(0) int vangnetUwvDays,
        @NotEmpty Map<Milestone, Integer> poortwachter,
        Map<String, @ProblemAnalysisWeek Integer> problemAnalysisWeek,
        @NotNull LocalTime reportingCutoff,
        @Min(1) int uitzendbedingReportingWeeks,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate uitzendbedingEndDateFrom,

        @Min(0) int uitzendbedingMaxDaysEarly,
        @NotEmpty List<FineBand> fineBands,
        @NotEmpty List<FrequentAbsenceThreshold> frequentAbsence,
        boolean goodFriday,
        @NotNull DutchCalendar.LiberationDay liberationDay) {

    public ClaimProperties {
        // most clients keep week 6: no setting at all is no client with another week
        problemAnalysisWeek = problemAnalysisWeek == null
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(problemAnalysisWeek));
    }

    /** The week of the problem analysis for this client: its own setting, else the Poortwachter default. */
    public Integer problemAnalysisWeekOf(String clientId) {
        Integer week = clientId == null ? null : problemAnalysisWeek.get(clientId);
        return week != null ? week : poortwachter.get(Milestone.PROBLEM_ANALYSIS);
    }

    /** From {@code fromDaysLate} days late on, the fine is {@code euro}. */
    public record FineBand(@Min(1) int fromDaysLate, @Min(0) int euro) {}

    /** {@code reports} sick reports of one person at one client within {@code months} months. */
    public record FrequentAbsenceThreshold(
            @Min(2) int reports, @Min(1) int months) {}
}
