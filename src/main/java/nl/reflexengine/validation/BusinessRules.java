package nl.reflexengine.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.reflexengine.enrichment.EnrichedSickReport;
import nl.reflexengine.report.rules.RuleSettings;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Runs every business rule (Bean Validation on the enriched canonical report) and rejects the message with
 * all violations at once. Each constraint carries its {@link ViolationCode} as its message.
 */
@Component("businessRules")
public class BusinessRules implements AutoCloseable {

    private static final String ENRICHED_ROOT = "report.";

    private final ValidatorFactory factory;
    private final Validator validator;

    @Autowired
    public BusinessRules(ValidationProperties properties) {
        this(new RuleSettings(properties.payrollSystemsWithoutUitzendbeding()));
    }

    BusinessRules(RuleSettings settings) {
        this.factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.unwrap(HibernateValidatorFactory.class)
                .usingContext()
                .constraintValidatorPayload(settings)
                .getValidator();
    }

    /** Rejects the report with every rule it breaks, all at once. */
    public void check(EnrichedSickReport enriched) {
        List<Violation> violations = violations(enriched);
        if (!violations.isEmpty()) {
            throw new MessageRejectedException(violations);
        }
    }

    /** Every violation of the report, ordered by field so reports read the same each time. */
    public List<Violation> violations(EnrichedSickReport enriched) {
        Set<ConstraintViolation<EnrichedSickReport>> found = validator.validate(enriched);
        Set<Violation> violations = new LinkedHashSet<>();
        for (ConstraintViolation<EnrichedSickReport> violation : found) {
            violations.add(Violation.of(ViolationCode.valueOf(violation.getMessageTemplate()), field(violation)));
        }
        List<Violation> sorted = new ArrayList<>(violations);
        sorted.sort(Comparator.comparing(Violation::field)
                .thenComparing(v -> v.code().name()));
        return sorted;
    }

    @Override
    public void close() {
        factory.close();
    }

    private static String field(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        return path.startsWith(ENRICHED_ROOT) ? path.substring(ENRICHED_ROOT.length()) : path;
    }
}
