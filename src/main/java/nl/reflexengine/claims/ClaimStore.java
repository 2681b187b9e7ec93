package nl.reflexengine.claims;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import nl.reflexengine.audit.OutcomeWork;
import nl.reflexengine.intake.Submission;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Writes a claim decision, inside the transaction that records the message's acceptance. */
@Component
@Order(1)
class ClaimStore implements OutcomeWork {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ClaimStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public void apply(Submission submission) {
        ClaimDecision decision = submission.claimDecision();
        if (submission.outcome() != nl.reflexengine.intake.Outcome.ACCEPTED || decision == null) {
            return;
        }
        long auditId = submission.auditId();
        long claimId;
        String claimNumber;
        if (decision.change() == ClaimDecision.Change.CREATE) {
            claimNumber = nextClaimNumber(decision.claim().receivedAt());
            claimId = insert(decision.claim(), claimNumber, auditId);
            long newClaim = claimId;
            jdbc.batchUpdate(
                    "insert into action_point (claim_id, kind, due_at, status) values (?, ?, ?, 'OPEN')",
                    decision.actionPoints().stream()
                            .map(point -> new Object[] {newClaim, point.kind(), Timestamp.from(point.due())})
                            .toList());
        } else {
            claimId = decision.claimId();
            claimNumber = decision.claim().claimNumber();
            update(claimId, decision.claim());
            if (decision.change() == ClaimDecision.Change.WITHDRAW) {
                jdbc.update(
                        "update action_point set status = 'CANCELLED' where claim_id = ? and status = 'OPEN'", claimId);
            }
            if (decision.change() == ClaimDecision.Change.REPORT_LONG_TERM) {
                jdbc.update(
                        "update action_point set status = 'DONE' where claim_id = ? and kind = ?",
                        claimId,
                        Milestone.WEEK_42_REPORT.name());
            }
        }
        String messageId = submission.messageId();
        if (messageId != null && decision.change() != ClaimDecision.Change.WITHDRAW) {
            jdbc.update(
                    "merge into claim_message (client_id, message_id, claim_id) key (client_id, message_id) values (?, ?, ?)",
                    decision.claim().clientId(),
                    messageId,
                    claimId);
        }
        jdbc.update(
                "insert into claim_event (claim_id, audit_id, event, at) values (?, ?, ?, ?)",
                claimId,
                auditId,
                decision.event(),
                Timestamp.from(Instant.now()));
        jdbc.update("update audit_message set claim_number = ? where id = ?", claimNumber, auditId);
        submission.claimRegistered(claimId, claimNumber);
    }

    /** ZM-2026-000123: the year of receipt and a number from one database sequence, never reused. */
    private String nextClaimNumber(Instant received) {
        long number = jdbc.queryForObject("select next value for claim_number_seq", Long.class);
        return "ZM-%d-%06d".formatted(received.atZone(DUTCH_TIME).getYear(), number);
    }

    private long insert(Claim c, String claimNumber, long auditId) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        named.update(
                "insert into claim (claim_number, client_id, contract_code, vestigingscode, bsn, employee_name, birth_date,"
                        + " first_day, reason, status, closing_reason, last_claim_day, partial_percentage, vangnet,"
                        + " frequent_absence, reporting_due_at, days_late, fine_eur, channel, received_at, message_id,"
                        + " audit_id, created_at, updated_at) values (:claimNumber, :clientId, :contractCode,"
                        + " :vestigingscode, :bsn, :employeeName, :birthDate, :firstDay, :reason, :status, :closingReason,"
                        + " :lastClaimDay, :partialPercentage, :vangnet, :frequentAbsence, :reportingDue, :daysLate,"
                        + " :fineEuro, :channel, :receivedAt, :messageId, :auditId, :now, :now)",
                parameters(c).addValue("claimNumber", claimNumber).addValue("auditId", auditId),
                key,
                new String[] {"id"});
        return key.getKey().longValue();
    }

    private void update(long claimId, Claim c) {
        named.update(
                "update claim set contract_code = :contractCode, vestigingscode = :vestigingscode, bsn = :bsn,"
                        + " employee_name = :employeeName, birth_date = :birthDate, first_day = :firstDay, reason = :reason,"
                        + " status = :status, closing_reason = :closingReason, last_claim_day = :lastClaimDay,"
                        + " partial_percentage = :partialPercentage, reporting_due_at = :reportingDue, updated_at = :now"
                        + " where id = :id and client_id = :clientId",
                parameters(c).addValue("id", claimId));
    }

    private static MapSqlParameterSource parameters(Claim c) {
        return new MapSqlParameterSource()
                .addValue("clientId", c.clientId())
                .addValue("contractCode", c.contractCode())
                .addValue("vestigingscode", c.vestigingscode())
                .addValue("bsn", c.bsn())
                .addValue("employeeName", c.employeeName())
                .addValue("birthDate", c.birthDate())
                .addValue("firstDay", c.firstDay())
                .addValue("reason", c.reason())
                .addValue("status", c.status().name())
                .addValue("closingReason", c.closingReason())
                .addValue("lastClaimDay", c.lastClaimDay())
                .addValue("partialPercentage", c.partialPercentage())
                .addValue("vangnet", c.vangnet())
                .addValue("frequentAbsence", c.frequentAbsence())
                .addValue("reportingDue", c.reportingDue() == null ? null : Timestamp.from(c.reportingDue()))
                .addValue("daysLate", c.daysLate())
                .addValue("fineEuro", c.fineEuro())
                .addValue("channel", c.channel())
                .addValue("receivedAt", Timestamp.from(c.receivedAt()))
                .addValue("messageId", c.messageId())
                .addValue("now", Timestamp.from(Instant.now()));
    }
}
