package nl.reflexengine.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DutchCalendarTest {

    private final DutchCalendar calendar = DutchCalendar.standard();

    @ParameterizedTest
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28", "2038, 2038-04-25"})
    void computesEasterSunday(int year, LocalDate easter) {
        assertThat(DutchCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void knowsTheEasterBasedHolidaysOf2026() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 6)))
                .as("Easter Monday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 14)))
                .as("Ascension Day")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 25)))
                .as("Whit Monday")
                .isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3)))
                .as("Good Friday, not by default")
                .isTrue();
    }

    @Test
    void movesKingsDayToSaturdayWhenItFallsOnSunday() {
        assertThat(DutchCalendar.kingsDay(2025)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(DutchCalendar.kingsDay(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
    }

    @Test
    void countsLiberationDayEveryYearAsTheLawDoes() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 5))).isFalse();
        var lustrumOnly = new DutchCalendar(false, DutchCalendar.LiberationDay.LUSTRUM);
        assertThat(lustrumOnly.isWorkingDay(LocalDate.of(2025, 5, 5))).isFalse();
        assertThat(lustrumOnly.isWorkingDay(LocalDate.of(2026, 5, 5))).isTrue();
    }

    @Test
    void countsGoodFridayOnlyWhenConfigured() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(new DutchCalendar(true, DutchCalendar.LiberationDay.ALWAYS).isWorkingDay(LocalDate.of(2026, 4, 3)))
                .isFalse();
    }

    @Test
    void skipsWeekendsWhenAddingWorkingDays() {
        // Thursday 2026-10-15 + 2 working days = Monday 2026-10-19
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 10, 15), 2)).isEqualTo(LocalDate.of(2026, 10, 19));
    }

    @Test
    void skipsChristmasAndNewYearAcrossTheYearEnd() {
        // Thursday 2026-12-24 + 2: not Fri 25 (Christmas), not Mon 28? Sat 26 is Boxing Day on a weekend.
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 24), 2)).isEqualTo(LocalDate.of(2026, 12, 29));
        // Wednesday 2026-12-30 + 2: Thu 31, not Fri 1 January, so Mon 4 January 2027
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void skipsEasterWhenAddingWorkingDays() {
        // Thursday 2026-04-02 + 2: Fri 3 April, then not Sat/Sun/Easter Monday, so Tuesday 7 April
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 4, 2), 2)).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void findsTheLastWorkingDayOnOrBefore() {
        assertThat(calendar.onOrBeforeWorkingDay(LocalDate.of(2026, 10, 16))).isEqualTo(LocalDate.of(2026, 10, 16));
        assertThat(calendar.onOrBeforeWorkingDay(LocalDate.of(2026, 10, 18))).isEqualTo(LocalDate.of(2026, 10, 16));
        // Whit Monday 2026-05-25 -> Friday 22 May
        assertThat(calendar.onOrBeforeWorkingDay(LocalDate.of(2026, 5, 25))).isEqualTo(LocalDate.of(2026, 5, 22));
        // New Year's Day 2027 (Friday) -> Thursday 31 December 2026
        assertThat(calendar.onOrBeforeWorkingDay(LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
