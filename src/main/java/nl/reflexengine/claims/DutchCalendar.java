package nl.reflexengine.claims;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.Set;

/**
 * Working days in the Netherlands: weekends and the holidays of the Algemene termijnenwet (art. 3: New
 * Year, Easter Monday, King's Day, 5 May, Ascension, Whit Monday, Christmas and Boxing Day), the
 * Easter-based ones computed per year. Easter Sunday and Whit Sunday fall on Sundays anyway. Good Friday
 * (a day off at some employers, not in that law) and a narrower Liberation Day are configuration.
 */
public final class DutchCalendar {

    /** How Liberation Day (5 May) counts: every year, only in lustrum years (2025, 2030), or never. */
    public enum LiberationDay {
        ALWAYS,
        LUSTRUM,
        NEVER
    }

    private final boolean goodFriday;
    private final LiberationDay liberationDay;

    public DutchCalendar(boolean goodFriday, LiberationDay liberationDay) {
        this.goodFriday = goodFriday;
        this.liberationDay = liberationDay;
    }

    /** As the Algemene termijnenwet counts: 5 May every year, Good Friday not. */
    public static DutchCalendar standard() {
        return new DutchCalendar(false, LiberationDay.ALWAYS);
    }

    public boolean isWorkingDay(LocalDate day) {
        return !(day.getDayOfWeek() == DayOfWeek.SATURDAY
                || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidays(day.getYear()).contains(day));
    }

    /** The n-th working day after the given day (the day itself does not count). */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int left = workingDays;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The day itself if it is a working day, else the last working day before it. */
    public LocalDate onOrBeforeWorkingDay(LocalDate day) {
        LocalDate result = day;
        while (!isWorkingDay(result)) {
            result = result.minusDays(1);
        }
        return result;
    }

    public Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(LocalDate.of(year, 1, 1));
        LocalDate easter = easterSunday(year);
        days.add(easter);
        days.add(easter.plusDays(1));
        if (goodFriday) {
            days.add(easter.minusDays(2));
        }
        days.add(kingsDay(year));
        if (liberationDay == LiberationDay.ALWAYS || (liberationDay == LiberationDay.LUSTRUM && year % 5 == 0)) {
            days.add(LocalDate.of(year, 5, 5));
        }
        days.add(easter.plusDays(39)); // Ascension Day
        days.add(easter.plusDays(49)); // Whit Sunday
        days.add(easter.plusDays(50)); // Whit Monday
        days.add(MonthDay.of(12, 25).atYear(year));
        days.add(MonthDay.of(12, 26).atYear(year));
        return days;
    }

    /** 27 April, or the 26th when the 27th is a Sunday. */
    static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, 4, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm of Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
