package nl.reflexengine.claims;

import java.time.LocalDate;
import java.util.List;

/**
 * Frequent absence: 3 sick reports in 6 months or 4 in 12 months of the same person at the same client
 * (the administrator's own rule, thresholds in configuration). Counts this report with the earlier ones.
 */
public class FrequentAbsence {

    private final ClaimLookup claims;
    private final ClaimProperties rules;

    public FrequentAbsence(ClaimLookup claims, ClaimProperties rules) {
        this.claims = claims;
        this.rules = rules;
    }

    public boolean applies(String clientId, String bsn, LocalDate firstDay) {
        if (rules.frequentAbsence().isEmpty()) {
            return false;
        }
        int longestMonths = rules.frequentAbsence().stream()
                .mapToInt(threshold -> threshold.months())
                .max()
                .getAsInt();
        // one look-up for the longest period; the shorter ones are counted from it
        List<LocalDate> earlier = claims.firstDaysStarting(
                clientId, bsn, firstDay.minusMonths(longestMonths).plusDays(1), firstDay);
        return rules.frequentAbsence().stream().anyMatch(threshold -> {
            LocalDate from = firstDay.minusMonths(threshold.months()).plusDays(1);
            long inPeriod = earlier.stream().filter(day -> !day.isBefore(from)).count();
            return inPeriod + 1 >= threshold.reports();
        });
    }
}
