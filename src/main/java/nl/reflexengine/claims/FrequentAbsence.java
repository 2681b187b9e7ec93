package nl.reflexengine.claims;

import java.time.LocalDate;

/**
 * Frequent absence: 3 sick reports in 6 months or 4 in 12 months of the same person at the same client
 * (the administrator's own rule, thresholds in configuration). Counts this report with the earlier ones.
 */
public class FrequentAbsence {

    private final ClaimRepository repository;
    private final ClaimProperties rules;

    public FrequentAbsence(ClaimRepository repository, ClaimProperties rules) {
        this.repository = repository;
        this.rules = rules;
    }

    public boolean applies(String clientId, String bsn, LocalDate firstDay) {
        return rules.frequentAbsence().stream().anyMatch(threshold -> {
            int earlier = repository.countStarting(
                    clientId, bsn, firstDay.minusMonths(threshold.months()).plusDays(1), firstDay);
            return earlier + 1 >= threshold.reports();
        });
    }
}
