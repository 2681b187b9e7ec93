package nl.reflexengine.pipeline;

import java.util.List;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Delivery;
import nl.reflexengine.intake.Disposition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the intake routes share: recording unusable deliveries and judging where a delivery goes. */
@Component("deliveries")
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final Outcomes outcomes;

    Deliveries(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** Records a delivery that carries nothing to process; its outcome is stored before it moves. */
    public Disposition recordProblem(Delivery delivery) {
        Submission recorded = recordUnusable(delivery);
        if (delivery.quarantine()) {
            // operations must see this: a payroll system may have a new address, or someone is probing
            log.warn(
                    "Quarantined a {} delivery from an unregistered sender: audit record {}",
                    delivery.envelope().channel(),
                    recorded.auditId());
            return Disposition.QUARANTINED;
        }
        return Disposition.REJECTED;
    }

    /** The outcome of a delivery that carries nothing to process: REJECTED or QUARANTINED, as recorded. */
    public Submission recordUnusable(Delivery delivery) {
        return outcomes.recordUnprocessable(delivery.envelope(), delivery.problem(), delivery.quarantine());
    }

    /** Processed only when every message in it was; one rejection sends the delivery to the rejected. */
    public Disposition disposition(List<Submission> submissions) {
        return submissions.stream().allMatch(Deliveries::processed) ? Disposition.PROCESSED : Disposition.REJECTED;
    }

    /** A duplicate goes where its first copy went: a copy of a rejected message is rejected too. */
    private static boolean processed(Submission submission) {
        Outcome outcome = submission.outcome() == Outcome.DUPLICATE && submission.firstCopyOutcome() != null
                ? submission.firstCopyOutcome()
                : submission.outcome();
        return outcome.isProcessed();
    }
}
