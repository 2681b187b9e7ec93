package nl.reflexengine.pipeline;

import java.util.ArrayList;
import java.util.List;
import nl.reflexengine.audit.ContentIdentity;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.audit.RecordedClaim;
import nl.reflexengine.audit.RecordedOutcome;
import nl.reflexengine.claims.ClaimDecision;
import nl.reflexengine.claims.RegisteredClaim;
import nl.reflexengine.enrichment.EnrichedSickReport;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.validation.DetectedFormat;
import nl.reflexengine.validation.HeaderFields;
import nl.reflexengine.validation.MessageFormat;
import nl.reflexengine.violation.Violation;

/**
 * One inbound message on its way through the pipeline: the body of every route, and the only mutable
 * per-message state of the engine. The step adapters ({@link PipelineSteps}) fill in their part from the
 * plain functions of validation, enrichment and claims; nothing is ever taken away, so the error path
 * still sees everything known so far.
 */
public final class Submission {

    private final InboundMessage inbound;
    private final String sha256;
    private final String dedupeKey;
    private final long auditId;
    private MessageFormat format;
    private String messageType;
    private Object wireMessage;
    private SickReport report;
    private EnrichedSickReport enriched;
    private Outcome outcome;
    private List<Violation> violations = List.of();
    private Long duplicateOf;
    private Outcome firstCopyOutcome;
    private HeaderFields header = HeaderFields.NONE;
    private ClaimDecision claimDecision;
    private Long claimId;
    private RecordedClaim claim;
    private final List<String> uwvFlows = new ArrayList<>();

    public Submission(InboundMessage inbound, ContentIdentity.Receipt receipt) {
        this.inbound = inbound;
        this.sha256 = receipt.sha256();
        this.dedupeKey = receipt.dedupeKey();
        this.auditId = receipt.auditId();
        if (receipt.isDuplicate()) {
            duplicateOf(receipt.duplicateOf(), receipt.firstCopyOutcome());
        }
    }

    public InboundMessage inbound() {
        return inbound;
    }

    public String sha256() {
        return sha256;
    }

    /** What makes this message the same as another: see {@link ContentIdentity}. */
    public String dedupeKey() {
        return dedupeKey;
    }

    public long auditId() {
        return auditId;
    }

    public MessageFormat format() {
        return format;
    }

    public String messageType() {
        return messageType;
    }

    public void detected(DetectedFormat detected) {
        this.format = detected.format();
        this.messageType = detected.rootElement();
    }

    public Object wireMessage() {
        return wireMessage;
    }

    public void unmarshalled(Object wireMessage) {
        this.wireMessage = wireMessage;
    }

    public SickReport report() {
        return report;
    }

    public void mapped(SickReport report) {
        this.report = report;
    }

    public EnrichedSickReport enriched() {
        return enriched;
    }

    public void enriched(EnrichedSickReport enriched) {
        this.enriched = enriched;
    }

    /** A test message by its header or by the channel it came through. */
    public boolean isTest() {
        return inbound.testChannel() || (report != null ? report.isTest() : header.test());
    }

    /** The employer's loonheffingennummer: from the report, or from a message that could not be mapped. */
    public String loonheffingennummer() {
        if (report != null && report.employer() != null) {
            return report.employer().loonheffingennummer();
        }
        return header.loonheffingennummer();
    }

    /** For a message rejected before it could be mapped: what its header says. */
    public void headerRead(HeaderFields header) {
        this.header = header;
    }

    public String messageId() {
        return report == null || report.header() == null
                ? header.messageId()
                : report.header().messageId();
    }

    public Outcome outcome() {
        return outcome;
    }

    public List<Violation> violations() {
        return violations;
    }

    public boolean isDuplicate() {
        return outcome == Outcome.DUPLICATE;
    }

    public Long duplicateOf() {
        return duplicateOf;
    }

    public void accept() {
        this.outcome = Outcome.accepted(isTest());
    }

    public void reject(List<Violation> violations) {
        this.outcome = Outcome.rejected(isTest());
        this.violations = List.copyOf(violations);
    }

    /** What acceptance does to the claims; null for test messages. */
    public ClaimDecision claimDecision() {
        return claimDecision;
    }

    public void claimDecision(ClaimDecision decision) {
        this.claimDecision = decision;
    }

    /** The claim this message created or changed, once its outcome is stored. */
    public String claimNumber() {
        return claim == null ? null : claim.number();
    }

    /** That claim as this message left it (status, deadlines, fine), or null. */
    public RecordedClaim claim() {
        return claim;
    }

    /** The database id of that claim, for the work stored with it in the same transaction. */
    public Long claimId() {
        return claimId;
    }

    public void claimRegistered(RegisteredClaim registered, RecordedClaim claim) {
        this.claimId = registered.id();
        this.claim = claim;
    }

    /** The client the message was found to belong to by its loonheffingennummer, or null. */
    public String clientId() {
        return enriched == null || enriched.client() == null
                ? null
                : enriched.client().id();
    }

    /** What the audit record says once the outcome is set. */
    public RecordedOutcome recordedOutcome() {
        return new RecordedOutcome(
                dedupeKey,
                format == null ? null : format.name(),
                messageType,
                messageId(),
                clientId(),
                isTest(),
                outcome,
                violations,
                vestigingscode());
    }

    /** The vestigingscode the message named, or null (not mapped, or none given). */
    public String vestigingscode() {
        return report == null || report.employer() == null
                ? null
                : report.employer().vestigingscode();
    }

    /** The UWV messages this message caused to be queued (their flow names). */
    public List<String> uwvFlows() {
        return List.copyOf(uwvFlows);
    }

    public void uwvQueued(List<String> flows) {
        uwvFlows.addAll(flows);
    }

    public void quarantine(List<Violation> violations) {
        this.outcome = Outcome.QUARANTINED;
        this.violations = List.copyOf(violations);
    }

    public void duplicateOf(long firstAuditId, Outcome firstCopyOutcome) {
        this.outcome = Outcome.DUPLICATE;
        this.duplicateOf = firstAuditId;
        this.firstCopyOutcome = firstCopyOutcome;
    }

    /** For a duplicate: what became of the first copy (a copy of a rejected message is no success). */
    public Outcome firstCopyOutcome() {
        return firstCopyOutcome;
    }

    /** Forgets what an outcome transaction that rolled back had set (claim number, UWV flows). */
    public void outcomeRolledBack() {
        this.claimId = null;
        this.claim = null;
        this.uwvFlows.clear();
    }
}
