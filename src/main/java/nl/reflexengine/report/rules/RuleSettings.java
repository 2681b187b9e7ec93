package nl.reflexengine.report.rules;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Settings the business rules need from configuration. Handed to the rule validators as Hibernate
 * Validator's constraint-validator payload, so the rules stay plain classes.
 *
 * @param payrollSystemsWithoutUitzendbeding payroll systems that may report employments without
 *     uitzendbeding through Reflex (compared case-insensitively)
 */
public record RuleSettings(Set<String> payrollSystemsWithoutUitzendbeding) {

    /** The domain's default: only Flexservice, UBplus and Easyflex. */
    public static final RuleSettings DEFAULTS = new RuleSettings(Set.of("Easyflex", "UBplus", "Flexservice"));

    public RuleSettings {
        payrollSystemsWithoutUitzendbeding = payrollSystemsWithoutUitzendbeding.stream()
                .map(name -> name.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    public boolean mayReportWithoutUitzendbeding(String payrollSystem) {
        return payrollSystem != null
                && payrollSystemsWithoutUitzendbeding.contains(
                        payrollSystem.trim().toLowerCase(Locale.ROOT));
    }
}
