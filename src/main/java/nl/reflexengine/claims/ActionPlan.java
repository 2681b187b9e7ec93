package nl.reflexengine.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The action points a new claim gets: first contact within 24 hours; the sick report to UWV within two
 * working days of receipt (a vangnet case: within four days of the first day, and the dossier goes to
 * UWV); the Poortwachter milestones from the first day, unless the dossier is closed at once. The problem
 * analysis may be in another week for a client that agreed so ({@code reflex.claims.problem-analysis-week}).
 */
public final class ActionPlan {

    public static final String FIRST_CONTACT = "FIRST_CONTACT";
    public static final String UWV_SICK_REPORT = "UWV_SICK_REPORT";
    public static final String UWV_VANGNET_REPORT = "UWV_VANGNET_REPORT";

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final ClaimProperties rules;
    private final DutchCalendar calendar;

    public ActionPlan(ClaimProperties rules, DutchCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /**
     * @param clientId the claim's client: its own problem-analysis week, if it has one, replaces the default
     */
    public List<ActionPoint> forNewClaim(String clientId, LocalDate firstDay, Instant received, boolean vangnet) {
        List<ActionPoint> points = new ArrayList<>();
        points.add(new ActionPoint(FIRST_CONTACT, received.plus(rules.firstContactHours(), ChronoUnit.HOURS)));
        if (vangnet) {
            points.add(new ActionPoint(UWV_VANGNET_REPORT, endOf(firstDay.plusDays(rules.vangnetUwvDays()))));
            return points;
        }
        LocalDate receivedOn = received.atZone(DUTCH_TIME).toLocalDate();
        points.add(new ActionPoint(
                UWV_SICK_REPORT, endOf(calendar.addWorkingDays(receivedOn, rules.uwvReportWorkingDays()))));
        for (Map.Entry<Milestone, Integer> milestone : rules.poortwachter().entrySet()) {
            int weeks = milestone.getKey() == Milestone.PROBLEM_ANALYSIS
                    ? rules.problemAnalysisWeekOf(clientId)
                    : milestone.getValue();
            points.add(new ActionPoint(milestone.getKey().name(), endOf(firstDay.plusWeeks(weeks))));
        }
        points.sort(Comparator.comparing(ActionPoint::due));
        return points;
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(DUTCH_TIME).toInstant().minusMillis(1);
    }
}
