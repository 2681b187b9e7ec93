package nl.reflexengine.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import nl.reflexengine.report.Employment;

/**
 * Whether the employer reported on time (UWV fines an ERD too). With uitzendbeding: within six weeks of
 * the first day. An employment with an end date: no later than the last contract day, before 15:00; on a
 * weekend day or public holiday, the last working day before it. Other employments have no deadline here.
 */
public final class ReportingDeadline {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** The verdict: when it was due, how many days late it came (0 if on time), and the fine band. */
    public record Verdict(Instant due, int daysLate, int fineEuro) {
        public boolean late() {
            return daysLate > 0;
        }
    }

    private final ClaimProperties rules;
    private final DutchCalendar calendar;

    public ReportingDeadline(ClaimProperties rules, DutchCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /** Null when no deadline applies (no employment data, or an open-ended employment without uitzendbeding). */
    public Verdict judge(Employment employment, LocalDate firstDay, Instant received) {
        if (employment == null || firstDay == null) {
            return null;
        }
        Instant due;
        if (employment.uitzendbeding()) {
            due = endOfDay(firstDay.plusWeeks(rules.uitzendbedingReportingWeeks()));
        } else if (employment.endDate() != null) {
            LocalDate lastDay = calendar.onOrBeforeWorkingDay(employment.endDate());
            due = lastDay.atTime(rules.reportingCutoff()).atZone(DUTCH_TIME).toInstant();
        } else {
            return null;
        }
        int daysLate = received.isAfter(due) ? daysBetween(due, received) : 0;
        return new Verdict(due, daysLate, fine(daysLate));
    }

    /** Calendar days late: a report in the morning after a 15:00 deadline is one day late. */
    private static int daysBetween(Instant due, Instant received) {
        LocalDate dueDay = due.atZone(DUTCH_TIME).toLocalDate();
        LocalDate receivedDay = received.atZone(DUTCH_TIME).toLocalDate();
        return (int) Math.max(1, ChronoUnit.DAYS.between(dueDay, receivedDay));
    }

    private int fine(int daysLate) {
        return rules.fineBands().stream()
                .filter(band -> daysLate >= band.fromDaysLate())
                .max(Comparator.comparingInt(ClaimProperties.FineBand::fromDaysLate))
                .map(ClaimProperties.FineBand::euro)
                .orElse(0);
    }

    private static Instant endOfDay(LocalDate day) {
        ZonedDateTime end = day.plusDays(1).atStartOfDay(DUTCH_TIME);
        return end.toInstant().minusMillis(1);
    }
}
