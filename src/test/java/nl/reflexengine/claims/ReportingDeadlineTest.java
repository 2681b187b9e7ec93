package nl.reflexengine.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.reflexengine.report.Employment;
import nl.reflexengine.report.EmploymentNature;
import nl.reflexengine.report.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingDeadlineTest {

    private static final ZoneId NL = ZoneId.of("Europe/Amsterdam");

    private final ReportingDeadline deadline =
            new ReportingDeadline(ClaimRulesFixture.domainDefaults(), DutchCalendar.standard());

    private static Employment endingOn(LocalDate end) {
        return new Employment(EmploymentNature.FIXED_TERM, Phase.ABU_B, false, null, LocalDate.of(2026, 1, 5), end);
    }

    private static Instant at(String dutchLocalDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(dutchLocalDateTime), NL)
                .toInstant();
    }

    @Test
    void anEndDatedEmploymentIsDueOnTheLastContractDayBeforeThree() {
        var verdict = deadline.judge(
                endingOn(LocalDate.of(2026, 10, 16)), LocalDate.of(2026, 10, 12), at("2026-10-16T14:59"));

        assertThat(verdict.due()).isEqualTo(at("2026-10-16T15:00"));
        assertThat(verdict.late()).isFalse();
        assertThat(verdict.fineEuro()).isZero();
    }

    @Test
    void afterThreeOnTheLastDayIsOneDayLate() {
        var verdict = deadline.judge(
                endingOn(LocalDate.of(2026, 10, 16)), LocalDate.of(2026, 10, 12), at("2026-10-16T15:01"));

        assertThat(verdict.daysLate()).isEqualTo(1);
        assertThat(verdict.fineEuro()).isEqualTo(70);
    }

    @Test
    void aLastContractDayInTheWeekendMovesBackToFriday() {
        var verdict = deadline.judge(
                endingOn(LocalDate.of(2026, 10, 18)), LocalDate.of(2026, 10, 12), at("2026-10-17T10:00"));

        assertThat(verdict.due()).isEqualTo(at("2026-10-16T15:00"));
        assertThat(verdict.daysLate()).isEqualTo(1);
    }

    @Test
    void aLastContractDayOnAnEasterHolidayMovesBackOverEaster() {
        // Easter Monday 2026-04-06: the last working day before it is Thursday 2 April (Good Friday counts as working)
        var verdict =
                deadline.judge(endingOn(LocalDate.of(2026, 4, 6)), LocalDate.of(2026, 3, 30), at("2026-04-03T09:00"));

        assertThat(verdict.due()).isEqualTo(at("2026-04-03T15:00"));
        assertThat(verdict.late()).isFalse();
    }

    @Test
    void aLastContractDayOnNewYearMovesBackIntoTheOldYear() {
        var verdict =
                deadline.judge(endingOn(LocalDate.of(2027, 1, 1)), LocalDate.of(2026, 12, 20), at("2027-01-04T09:00"));

        assertThat(verdict.due()).isEqualTo(at("2026-12-31T15:00"));
        assertThat(verdict.daysLate()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 70", "6, 70", "7, 230", "27, 230", "28, 455", "60, 455"})
    void finesFollowTheBands(int daysAfterDeadline, int fine) {
        LocalDate firstDay = LocalDate.of(2026, 3, 2);
        Employment uitzendbeding =
                new Employment(EmploymentNature.TEMP_WORK, Phase.ABU_A, true, null, LocalDate.of(2025, 1, 6), null);
        Instant received = firstDay.plusWeeks(6)
                .plusDays(daysAfterDeadline)
                .atTime(9, 0)
                .atZone(NL)
                .toInstant();

        var verdict = deadline.judge(uitzendbeding, firstDay, received);

        assertThat(verdict.daysLate()).isEqualTo(daysAfterDeadline);
        assertThat(verdict.fineEuro()).isEqualTo(fine);
    }

    @Test
    void anOpenEndedEmploymentWithoutUitzendbedingHasNoDeadline() {
        var open = new Employment(EmploymentNature.PERMANENT, Phase.ABU_C, false, null, LocalDate.of(2020, 1, 1), null);

        assertThat(deadline.judge(open, LocalDate.of(2026, 10, 12), at("2026-12-01T09:00")))
                .isNull();
    }
}
