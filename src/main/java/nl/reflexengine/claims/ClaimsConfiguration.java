package nl.reflexengine.claims;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The claim rules as beans, built from the administrator's configuration. */
@Configuration
class ClaimsConfiguration {

    @Bean
    DutchCalendar dutchCalendar(ClaimProperties rules) {
        return new DutchCalendar(rules.goodFriday(), rules.liberationDay());
    }

    @Bean
    ActionPlan actionPlan(ClaimProperties rules, DutchCalendar calendar) {
        return new ActionPlan(rules, calendar);
    }

    @Bean
    ReportingDeadline reportingDeadline(ClaimProperties rules, DutchCalendar calendar) {
        return new ReportingDeadline(rules, calendar);
    }

    @Bean
    FrequentAbsence frequentAbsence(ClaimLookup claims, ClaimProperties rules) {
        return new FrequentAbsence(claims, rules);
    }
}
