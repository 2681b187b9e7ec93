package nl.reflexengine.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import nl.reflexengine.report.Employment;
import nl.reflexengine.report.EmploymentNature;
import nl.reflexengine.report.Phase;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.junit.jupiter.api.Nested;
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

    /** Uitzendbeding since 1 July 2023: due on the agreed end date, at most 10 days before it. */
    @Nested
    class UitzendbedingWithEndDate {

        /** A Wednesday; ten days before it is Sunday 8 November. */
        static final LocalDate END = LocalDate.of(2026, 11, 18);

        static final LocalDate FIRST_DAY = LocalDate.of(2026, 11, 2);

        private Employment uitzendbeding(LocalDate end) {
            return new Employment(EmploymentNature.TEMP_WORK, Phase.ABU_A, true, null, LocalDate.of(2025, 1, 6), end);
        }

        @ParameterizedTest
        @CsvSource({"9, 2026-11-09T10:00", "10, 2026-11-08T10:00", "10, 2026-11-08T00:00"})
        void aReportAtMostTenDaysBeforeTheEndDateIsOnTimeAndDueOnTheEndDate(int daysBefore, String received) {
            var verdict = deadline.judge(uitzendbeding(END), FIRST_DAY, at(received));

            assertThat(END.minusDays(daysBefore)).isEqualTo(LocalDate.parse(received.substring(0, 10)));
            assertThat(verdict.due()).isEqualTo(at("2026-11-18T15:00"));
            assertThat(verdict.late()).isFalse();
            assertThat(verdict.fineEuro()).isZero();
        }

        @ParameterizedTest
        @CsvSource({"2026-11-07T23:59", "2026-11-07T09:00", "2026-10-01T09:00"})
        void aReportMoreThanTenDaysBeforeTheEndDateIsRejectedAsTooEarly(String received) {
            assertThatThrownBy(() -> deadline.judge(uitzendbeding(END), FIRST_DAY, at(received)))
                    .isInstanceOfSatisfying(
                            MessageRejectedException.class,
                            e -> assertThat(e.violations())
                                    .extracting(Violation::code, Violation::field)
                                    .containsExactly(tuple(ViolationCode.REPORTED_TOO_EARLY, "employment.endDate")));
        }

        @Test
        void daysAreCountedInDutchTimeNotUtc() {
            // 23:30 UTC on 7 November is already 8 November in Amsterdam: 10 days before, on time
            Instant received = Instant.parse("2026-11-07T23:30:00Z");

            assertThat(deadline.judge(uitzendbeding(END), FIRST_DAY, received).late())
                    .isFalse();
        }

        @Test
        void aReportOnTheEndDateBeforeThreeIsOnTime() {
            var verdict = deadline.judge(uitzendbeding(END), FIRST_DAY, at("2026-11-18T14:59"));

            assertThat(verdict.late()).isFalse();
            assertThat(verdict.daysLate()).isZero();
        }

        @Test
        void aReportTheDayAfterTheEndDateIsOneDayLateWithTheLowestFine() {
            var verdict = deadline.judge(uitzendbeding(END), FIRST_DAY, at("2026-11-19T10:00"));

            assertThat(verdict.due()).isEqualTo(at("2026-11-18T15:00"));
            assertThat(verdict.daysLate()).isEqualTo(1);
            assertThat(verdict.fineEuro()).isEqualTo(70);
        }

        @Test
        void anEndDateInTheWeekendIsDueOnTheFridayBefore() {
            // Sunday 22 November: due Friday 20 November 15:00; ten days before the end date is 12 November
            var verdict = deadline.judge(uitzendbeding(LocalDate.of(2026, 11, 22)), FIRST_DAY, at("2026-11-21T10:00"));

            assertThat(verdict.due()).isEqualTo(at("2026-11-20T15:00"));
            assertThat(verdict.daysLate()).isEqualTo(1);
            assertThatThrownBy(() -> deadline.judge(
                            uitzendbeding(LocalDate.of(2026, 11, 22)), FIRST_DAY, at("2026-11-11T10:00")))
                    .isInstanceOf(MessageRejectedException.class);
        }

        @Test
        void withoutTheEndDateTheSixWeekRuleStays() {
            var verdict = deadline.judge(uitzendbeding(null), FIRST_DAY, at("2026-11-03T10:00"));

            assertThat(verdict.due()).isEqualTo(at("2026-12-14T23:59:59.999"));
            assertThat(verdict.late()).isFalse();
        }

        @Test
        void sicknessThatBeganBeforeJulyTwentyTwentyThreeKeepsTheSixWeekRule() {
            LocalDate firstDay = LocalDate.of(2023, 6, 30);
            var verdict = deadline.judge(uitzendbeding(LocalDate.of(2023, 12, 29)), firstDay, at("2023-07-03T10:00"));

            assertThat(verdict.due()).isEqualTo(at("2023-08-11T23:59:59.999"));
            assertThat(verdict.late()).isFalse();
        }

        @Test
        void sicknessFromTheFirstOfJulyTwentyTwentyThreeIsJudgedByTheEndDate() {
            LocalDate firstDay = LocalDate.of(2023, 7, 1);

            assertThatThrownBy(() ->
                            deadline.judge(uitzendbeding(LocalDate.of(2023, 12, 29)), firstDay, at("2023-07-03T10:00")))
                    .isInstanceOf(MessageRejectedException.class);
        }

        @Test
        void anEndDateBeforeTheFirstDayIsAContractThatEndedAndKeepsTheSixWeekRule() {
            var verdict = deadline.judge(uitzendbeding(FIRST_DAY.minusDays(1)), FIRST_DAY, at("2026-11-03T10:00"));

            assertThat(verdict.due()).isEqualTo(at("2026-12-14T23:59:59.999"));
        }

        @Test
        void theMarginAndTheStartAreConfiguration() {
            var fiveDays = new ReportingDeadline(
                    ClaimRulesFixture.withUitzendbedingEndDateRule(LocalDate.of(2023, 7, 1), 5),
                    DutchCalendar.standard());
            var notYet = new ReportingDeadline(
                    ClaimRulesFixture.withUitzendbedingEndDateRule(LocalDate.of(2027, 1, 1), 10),
                    DutchCalendar.standard());

            assertThat(fiveDays.judge(uitzendbeding(END), FIRST_DAY, at("2026-11-13T10:00")))
                    .isNotNull();
            assertThatThrownBy(() -> fiveDays.judge(uitzendbeding(END), FIRST_DAY, at("2026-11-12T10:00")))
                    .isInstanceOf(MessageRejectedException.class);
            assertThat(notYet.judge(uitzendbeding(END), FIRST_DAY, at("2026-10-01T10:00"))
                            .due())
                    .isEqualTo(at("2026-12-14T23:59:59.999"));
        }
    }
}
