package nl.reflexengine.pipeline;

import nl.reflexengine.audit.ContentIdentity;
import nl.reflexengine.claims.ClaimDecisions;
import nl.reflexengine.enrichment.ReportEnricher;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.mapping.CanonicalMapper;
import nl.reflexengine.validation.BusinessRules;
import nl.reflexengine.validation.FormatDetector;
import nl.reflexengine.validation.HeaderFields;
import nl.reflexengine.validation.SchemaValidation;
import nl.reflexengine.violation.MessageRejectedException;
import org.springframework.stereotype.Component;

/**
 * The steps of the routes, as thin adapters: each takes what its function needs from the {@link
 * Submission}, calls the plain function of validation, enrichment or claims, and puts the result back.
 * The functions themselves know nothing of the message on its way.
 */
@Component("steps")
public class PipelineSteps {

    private final OutcomeLog outcomeLog;
    private final ContentIdentity identity;
    private final FormatDetector formats;
    private final SchemaValidation schemas;
    private final CanonicalMapper mapper;
    private final ReportEnricher enricher;
    private final BusinessRules rules;
    private final ClaimDecisions claims;

    PipelineSteps(
            ContentIdentity identity,
            FormatDetector formats,
            SchemaValidation schemas,
            CanonicalMapper mapper,
            ReportEnricher enricher,
            BusinessRules rules,
            ClaimDecisions claims,
            OutcomeLog outcomeLog) {
        this.outcomeLog = outcomeLog;
        this.identity = identity;
        this.formats = formats;
        this.schemas = schemas;
        this.mapper = mapper;
        this.enricher = enricher;
        this.rules = rules;
        this.claims = claims;
    }

    /** record-receipt: the message recorded with its raw bytes before anything else happens to it. */
    public Submission receive(InboundMessage inbound) {
        Submission submission = new Submission(inbound, identity.receive(inbound));
        MessageLogContext.received(submission);
        if (submission.isDuplicate()) {
            outcomeLog.decided(submission);
        }
        return submission;
    }

    /** detect-format */
    public void detectFormat(Submission submission) {
        submission.detected(formats.detect(submission.inbound().raw()));
    }

    /** validate-and-unmarshal; a rejected message still tells its header (message id, test, employer). */
    public void validateAndUnmarshal(Submission submission) {
        byte[] raw = submission.inbound().raw();
        try {
            submission.unmarshalled(schemas.validateAndUnmarshal(submission.format(), raw));
        } catch (MessageRejectedException rejected) {
            submission.headerRead(HeaderFields.read(raw, submission.format().namespace()));
            throw rejected;
        }
    }

    /** map-to-canonical */
    public void mapToCanonical(Submission submission) {
        submission.mapped(mapper.map(submission.format(), submission.wireMessage()));
    }

    /** look-up-reference-data */
    public void lookUpReferenceData(Submission submission) {
        submission.enriched(
                enricher.enrich(submission.report(), submission.inbound().senderClientId()));
        MessageLogContext.enriched(submission.enriched());
    }

    /** check-business-rules */
    public void checkBusinessRules(Submission submission) {
        rules.check(submission.enriched());
    }

    /** decide-claim: a test message never touches a claim. */
    public void decideClaim(Submission submission) {
        if (submission.isTest()) {
            return;
        }
        InboundMessage inbound = submission.inbound();
        submission.claimDecision(claims.decide(
                submission.enriched(), inbound.receivedAt(), inbound.channel().name()));
    }
}
