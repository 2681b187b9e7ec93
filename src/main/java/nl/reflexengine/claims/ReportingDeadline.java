package nl.reflexengine.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import nl.reflexengine.report.Employment;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;

/**
 * Whether the employer reported on time (UWV fines an ERD too). An employment with an end date: no later
 * than the last contract day, before 15:00; on a weekend day or public holiday, the last working day before
 * it. With uitzendbeding: within six weeks of the first day; but since 1 July 2023 such a contract no longer
 * ends on sickness, so a report that states the contract's agreed end date is due on that end date like any
 * end-dated employment, and may not come more than 10 days before it. Other employments have no deadline
 * here.
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

    /**
     * Null when no deadline applies (no employment data, or an open-ended employment without uitzendbeding).
     *
     * @throws MessageRejectedException with {@link ViolationCode#REPORTED_TOO_EARLY} when a report judged by
     *     the uitzendbeding end date came more than the allowed days before that end date
     */
    public Verdict judge(Employment employment, LocalDate firstDay, Instant received) {
        if (employment == null || firstDay == null) {
            return null;
        }
        Instant due;
        if (judgedByUitzendbedingEndDate(employment, firstDay)) {
            refuseTooEarly(employment.endDate(), received);
            due = lastContractDay(employment.endDate());
        } else if (employment.uitzendbeding()) {
            due = endOfDay(firstDay.plusWeeks(rules.uitzendbedingReportingWeeks()));
        } else if (employment.endDate() != null) {
            due = lastContractDay(employment.endDate());
        } else {
            return null;
        }
        int daysLate = received.isAfter(due) ? daysBetween(due, received) : 0;
        return new Verdict(due, daysLate, fine(daysLate));
    }

    /**
     * The rule of 1 July 2023 needs the end date in the report; an end date before the first day is a contract
     * that already ended (sick out of service), which the rule is not about.
     */
    private boolean judgedByUitzendbedingEndDate(Employment employment, LocalDate firstDay) {
        return employment.uitzendbeding()
                && employment.endDate() != null
                && !employment.endDate().isBefore(firstDay)
                && !firstDay.isBefore(rules.uitzendbedingEndDateFrom());
    }

    /** Counted in Dutch calendar days from the day of receipt, so the time of day does not matter. */
    private void refuseTooEarly(LocalDate endDate, Instant received) {
        LocalDate receivedOn = received.atZone(DUTCH_TIME).toLocalDate();
        if (ChronoUnit.DAYS.between(receivedOn, endDate) > rules.uitzendbedingMaxDaysEarly()) {
            throw new MessageRejectedException(Violation.of(ViolationCode.REPORTED_TOO_EARLY, "employment.endDate"));
        }
    }

    private Instant lastContractDay(LocalDate endDate) {
        LocalDate lastDay = calendar.onOrBeforeWorkingDay(endDate);
        return lastDay.atTime(rules.reportingCutoff()).atZone(DUTCH_TIME).toInstant();
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
