package nl.reflexengine.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The action points a new claim gets: first contact within 24 hours; the sick report to UWV within two
 * working days of receipt (a vangnet case: within four days of the first day, and the dossier goes to
 * UWV); the Poortwachter milestones from the first day, unless the dossier is closed at once. The problem
 * analysis may be in another week for a client that agreed so ({@code reflex.claims.problem-analysis-week}).
 * A WAZO application gets only the point of reaching UWV.
 */
public final class ActionPlan {

    public static final String FIRST_CONTACT = "FIRST_CONTACT";
    public static final String UWV_SICK_REPORT = "UWV_SICK_REPORT";
    public static final String UWV_VANGNET_REPORT = "UWV_VANGNET_REPORT";
    public static final String UWV_WAZO_APPLICATION = "UWV_WAZO_APPLICATION";

    /** What the administrator owes UWV: settled by UWV's acceptance, never made unneeded by a recovery. */
    public static final Set<String> UWV_REPORTS = Set.of(UWV_SICK_REPORT, UWV_VANGNET_REPORT, UWV_WAZO_APPLICATION);

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
            points.add(new ActionPoint(UWV_VANGNET_REPORT, vangnetDue(firstDay)));
            return points;
        }
        points.add(new ActionPoint(UWV_SICK_REPORT, uwvDue(received)));
        for (Map.Entry<Milestone, Integer> milestone : rules.poortwachter().entrySet()) {
            int weeks = milestone.getKey() == Milestone.PROBLEM_ANALYSIS
                    ? rules.problemAnalysisWeekOf(clientId)
                    : milestone.getValue();
            points.add(new ActionPoint(milestone.getKey().name(), endOf(firstDay.plusWeeks(weeks))));
        }
        points.sort(Comparator.comparing(ActionPoint::due));
        return points;
    }

    /**
     * A WAZO application asks for leave, not sickness benefit: nobody calls, no Poortwachter step applies.
     * Its one action point is the application reaching UWV, within the same working days as a sick report
     * (the domain names no other deadline for it).
     */
    public List<ActionPoint> forLeave(Instant received) {
        return List.of(new ActionPoint(UWV_WAZO_APPLICATION, uwvDue(received)));
    }

    /**
     * When the claim's first report must have reached UWV (its Ziekteaangifte, vangnet report or WAZO
     * application): the due moment of its UWV action point, as the claim's facts stand.
     */
    public Instant uwvReportDue(Claim claim) {
        if (!claim.isLeave() && claim.vangnet()) {
            return vangnetDue(claim.firstDay());
        }
        return uwvDue(claim.receivedAt());
    }

    private Instant vangnetDue(LocalDate firstDay) {
        return endOf(firstDay.plusDays(rules.vangnetUwvDays()));
    }

    /** A report to UWV is due within so many working days of receipt. */
    private Instant uwvDue(Instant received) {
        LocalDate receivedOn = received.atZone(DUTCH_TIME).toLocalDate();
        return endOf(calendar.addWorkingDays(receivedOn, rules.uwvReportWorkingDays()));
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(DUTCH_TIME).toInstant().minusMillis(1);
    }
}
