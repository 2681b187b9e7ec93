package nl.reflexengine.claims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.reflexengine.enrichment.EnrichedSickReport;
import nl.reflexengine.report.Employee;
import nl.reflexengine.report.Reason;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.springframework.stereotype.Component;

/**
 * Decides what an accepted message does to the claims: a sick report creates one (a WAZO application a
 * leave record), a correction updates it and judges it again as of the original report, a withdrawal cancels
 * it, a recovery closes it. A plain function of the report, when and how it was
 * received, and the claims already registered; nothing is written here. The decision is written by
 * {@link ClaimStore} in the transaction that records the outcome. Test messages never get this far.
 */
@Component
public class ClaimDecisions {

    private final ClaimLookup claims;
    private final ActionPlan actionPlan;
    private final ReportingDeadline deadline;
    private final FrequentAbsence frequentAbsence;

    public ClaimDecisions(
            ClaimLookup claims, ActionPlan actionPlan, ReportingDeadline deadline, FrequentAbsence frequentAbsence) {
        this.claims = claims;
        this.actionPlan = actionPlan;
        this.deadline = deadline;
        this.frequentAbsence = frequentAbsence;
    }

    /**
     * What this accepted production message does to the claims.
     *
     * @param receivedAt when the message was received: deadlines and days late count from it
     * @param channel how it was received (MAIL, SFTP, ...), kept on a new claim
     * @throws MessageRejectedException when it refers to a claim or message that is not there, or reuses a
     *     message id
     */
    public ClaimDecision decide(EnrichedSickReport enriched, Instant receivedAt, String channel) {
        Received received = new Received(receivedAt, channel);
        SickReport report = enriched.report();
        String clientId = enriched.client().id();
        ClaimDecision decision = switch (report.kind()) {
            case SICK_REPORT, WAZO_APPLICATION -> create(enriched, received);
            case CORRECTION -> correct(enriched, received);
            case WITHDRAWAL -> {
                var claim = referenced(clientId, report.header().refersToMessageId());
                yield ClaimDecision.change(
                        ClaimDecision.Change.WITHDRAW,
                        with(
                                claim.claim(),
                                ClaimStatus.GEANNULEERD,
                                "INGETROKKEN",
                                claim.claim().lastClaimDay(),
                                null),
                        claim.id(),
                        "WITHDRAWN by " + report.header().messageId());
            }
            case RECOVERY, LONG_TERM_RECOVERY -> recover(clientId, report);
            case LONG_TERM_INCAPACITY -> {
                var claim = open(clientId, report);
                yield ClaimDecision.change(
                        ClaimDecision.Change.REPORT_LONG_TERM,
                        claim.claim(),
                        claim.id(),
                        "WEEK_42_REPORTED by " + report.header().messageId());
            }
        };
        return decision.withUwvDue(actionPlan.uwvReportDue(decision.claim()));
    }

    /** When and how the message arrived. */
    private record Received(Instant at, String channel) {}

    private ClaimDecision create(EnrichedSickReport enriched, Received received) {
        SickReport report = enriched.report();
        String clientId = enriched.client().id();
        if (claims.messageIdUsed(clientId, report.header().messageId())) {
            throw rejected(ViolationCode.MESSAGE_ID_ALREADY_USED, "header.messageId");
        }
        Claim claim = newRecord(enriched, received);
        return ClaimDecision.create(
                claim,
                claim.isLeave()
                        ? actionPlan.forLeave(claim.receivedAt())
                        : actionPlan.forNewClaim(clientId, claim.firstDay(), claim.receivedAt(), claim.vangnet()));
    }

    private ClaimDecision correct(EnrichedSickReport enriched, Received received) {
        String clientId = enriched.client().id();
        var existing = referenced(clientId, enriched.report().header().refersToMessageId());
        Claim old = existing.claim();
        if (old.isLeave() != enriched.report().isLeaveApplication()) {
            throw rejected(ViolationCode.CORRECTION_KIND_CHANGED, "incapacity.reason");
        }
        // judged as of the original report: the employer reported then, whatever the correction changes
        Claim corrected = newRecord(enriched, new Received(old.receivedAt(), old.channel()));
        Claim updated = new Claim(
                old.claimNumber(),
                clientId,
                corrected.contractCode(),
                corrected.vestigingscode(),
                corrected.bsn(),
                corrected.employeeName(),
                corrected.birthDate(),
                corrected.firstDay(),
                corrected.reason(),
                status(old, corrected),
                closingReason(old, corrected),
                old.lastClaimDay(),
                old.partialPercentage(),
                corrected.vangnet(),
                old.frequentAbsence(),
                corrected.reportingDue(),
                corrected.daysLate(),
                corrected.fineEuro(),
                old.channel(),
                old.receivedAt(),
                old.messageId(),
                corrected.leave());
        return new ClaimDecision(
                ClaimDecision.Change.CORRECT,
                updated,
                existing.id(),
                movedMilestones(old, updated),
                "CORRECTED by " + enriched.report().header().messageId() + differences(old, updated),
                null);
    }

    /**
     * A correction into or out of the vangnet opens or closes the dossier as a new report would; any other
     * status (closed by a recovery, say) stays.
     */
    private static ClaimStatus status(Claim old, Claim corrected) {
        if (corrected.vangnet() == old.vangnet()) {
            return old.status();
        }
        return corrected.vangnet() ? ClaimStatus.GESLOTEN : ClaimStatus.LOPEND;
    }

    private static String closingReason(Claim old, Claim corrected) {
        if (corrected.vangnet() == old.vangnet()) {
            return old.closingReason();
        }
        return corrected.vangnet() ? "VANGNET" : null;
    }

    /**
     * A new first day moves the points counted from it (the Poortwachter milestones, a vangnet report's four
     * days): the points as the plan puts them now, which the store applies to those still open.
     */
    private List<ActionPoint> movedMilestones(Claim old, Claim updated) {
        if (old.isLeave() || old.firstDay().equals(updated.firstDay())) {
            return List.of();
        }
        Set<String> fromFirstDay =
                Arrays.stream(Milestone.values()).map(Milestone::name).collect(Collectors.toSet());
        fromFirstDay.add(ActionPlan.UWV_VANGNET_REPORT); // due within days of the first day
        return actionPlan
                .forNewClaim(updated.clientId(), updated.firstDay(), old.receivedAt(), updated.vangnet())
                .stream()
                .filter(point -> fromFirstDay.contains(point.kind()))
                .toList();
    }

    private ClaimDecision recover(String clientId, SickReport report) {
        var claim = open(clientId, report);
        var recovery = report.recovery();
        if (recovery.full()) {
            LocalDate lastDay = recovery.date().minusDays(1);
            return ClaimDecision.change(
                    ClaimDecision.Change.RECOVER,
                    with(claim.claim(), ClaimStatus.GESLOTEN, "HERSTELD", lastDay, null),
                    claim.id(),
                    "RECOVERED on " + recovery.date() + " by " + report.header().messageId());
        }
        return ClaimDecision.change(
                ClaimDecision.Change.RECOVER,
                with(claim.claim(), ClaimStatus.LOPEND, null, null, recovery.percentageResumed()),
                claim.id(),
                "PARTIALLY_RECOVERED " + recovery.percentageResumed() + "% on " + recovery.date() + " by "
                        + report.header().messageId());
    }

    private Claim newRecord(EnrichedSickReport enriched, Received received) {
        return enriched.report().isLeaveApplication() ? newLeave(enriched, received) : newClaim(enriched, received);
    }

    /**
     * A WAZO application: leave, not sickness. No vangnet, no frequent absence, no reporting deadline for the
     * employer; the leave's start is the record's first day.
     */
    private static Claim newLeave(EnrichedSickReport enriched, Received received) {
        SickReport report = enriched.report();
        Employee employee = report.employee();
        return new Claim(
                null,
                enriched.client().id(),
                enriched.contract() == null ? null : enriched.contract().code(),
                enriched.branch() == null ? null : enriched.branch().vestigingscode(),
                employee.bsn(),
                name(employee),
                employee.birthDate(),
                report.wazo().leaveStart(),
                Reason.WAZO.name(),
                ClaimStatus.LOPEND,
                null,
                null,
                null,
                false,
                false,
                null,
                0,
                0,
                received.channel(),
                received.at(),
                report.header().messageId(),
                Leave.of(report.wazo()));
    }

    private Claim newClaim(EnrichedSickReport enriched, Received received) {
        SickReport report = enriched.report();
        Employee employee = report.employee();
        LocalDate firstDay = report.incapacity().firstDay();
        Reason reason = report.incapacity().reason();
        boolean vangnet = Vangnet.applies(report.incapacity());
        var verdict = deadline.judge(report.employment(), firstDay, received.at());
        String clientId = enriched.client().id();
        return new Claim(
                null,
                clientId,
                enriched.contract() == null ? null : enriched.contract().code(),
                enriched.branch() == null ? null : enriched.branch().vestigingscode(),
                employee.bsn(),
                name(employee),
                employee.birthDate(),
                firstDay,
                reason.name(),
                vangnet ? ClaimStatus.GESLOTEN : ClaimStatus.LOPEND,
                vangnet ? "VANGNET" : null,
                null,
                null,
                vangnet,
                frequentAbsence.applies(clientId, employee.bsn(), firstDay),
                verdict == null ? null : verdict.due(),
                verdict == null ? 0 : verdict.daysLate(),
                verdict == null ? 0 : verdict.fineEuro(),
                received.channel(),
                received.at(),
                report.header().messageId(),
                null);
    }

    private StoredClaim referenced(String clientId, String messageId) {
        return claims.byMessage(clientId, messageId)
                .orElseThrow(() -> rejected(ViolationCode.REFERENCED_MESSAGE_UNKNOWN, "header.refersToMessageId"));
    }

    private StoredClaim open(String clientId, SickReport report) {
        return claims.open(
                        clientId, report.employee().bsn(), report.incapacity().firstDay())
                .orElseThrow(() -> rejected(ViolationCode.CLAIM_NOT_FOUND, "incapacity.firstDay"));
    }

    private static Claim with(
            Claim c,
            ClaimStatus status,
            String closingReason,
            LocalDate lastClaimDay,
            java.math.BigDecimal percentage) {
        return new Claim(
                c.claimNumber(),
                c.clientId(),
                c.contractCode(),
                c.vestigingscode(),
                c.bsn(),
                c.employeeName(),
                c.birthDate(),
                c.firstDay(),
                c.reason(),
                status,
                closingReason == null ? c.closingReason() : closingReason,
                lastClaimDay,
                percentage == null ? c.partialPercentage() : percentage,
                c.vangnet(),
                c.frequentAbsence(),
                c.reportingDue(),
                c.daysLate(),
                c.fineEuro(),
                c.channel(),
                c.receivedAt(),
                c.messageId(),
                c.leave());
    }

    /** What a correction changed, in the claim's history; the BSN is never written out. */
    private static String differences(Claim old, Claim updated) {
        StringBuilder changed = new StringBuilder();
        append(changed, "firstDay", old.firstDay(), updated.firstDay());
        append(changed, "reason", old.reason(), updated.reason());
        append(changed, "vestigingscode", old.vestigingscode(), updated.vestigingscode());
        append(changed, "contractCode", old.contractCode(), updated.contractCode());
        append(changed, "employeeName", old.employeeName(), updated.employeeName());
        append(changed, "leave", old.leave(), updated.leave());
        append(changed, "vangnet", old.vangnet(), updated.vangnet());
        append(changed, "reportingDue", old.reportingDue(), updated.reportingDue());
        append(changed, "daysLate", old.daysLate(), updated.daysLate());
        append(changed, "fineEuro", old.fineEuro(), updated.fineEuro());
        if (!java.util.Objects.equals(old.bsn(), updated.bsn())) {
            changed.append("; bsn changed");
        }
        return changed.toString();
    }

    private static void append(StringBuilder changed, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            changed.append("; ")
                    .append(field)
                    .append(": ")
                    .append(before)
                    .append(" -> ")
                    .append(after);
        }
    }

    private static String name(Employee employee) {
        StringBuilder name = new StringBuilder();
        for (String part : new String[] {employee.initials(), employee.prefix(), employee.surname()}) {
            if (part != null && !part.isBlank()) {
                name.append(name.isEmpty() ? "" : " ").append(part.trim());
            }
        }
        return name.toString();
    }

    private static MessageRejectedException rejected(ViolationCode code, String field) {
        return new MessageRejectedException(Violation.of(code, field));
    }
}
