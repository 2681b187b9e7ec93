package nl.reflexengine.claims;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a claim decision: the claim, its action points, its history and the messages that refer to it.
 * Runs inside the transaction that records the message's acceptance, so a claim exists if and only if
 * its message was accepted.
 */
@Component
public class ClaimStore {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** Raised in the transaction that creates the claim, so a number is used if and only if it commits. */
    private static final String RAISE_CLAIM_COUNTER =
            "update claim_counter set last_number = last_number + 1 where id = 1";

    private static final String CLAIM_COUNTER = "select last_number from claim_counter where id = 1";

    private static final String INSERT_CLAIM = """
            insert into claim (claim_number, client_id, contract_code, vestigingscode, bsn, employee_name, birth_date,
                first_day, reason, status, closing_reason, last_claim_day, partial_percentage, vangnet, frequent_absence,
                reporting_due_at, days_late, fine_eur, channel, received_at, message_id, audit_id, created_at, updated_at,
                kind, wazo_reason, expected_delivery_date, child_birth_date, leave_weeks)
            values (:claimNumber, :clientId, :contractCode, :vestigingscode, :bsn, :employeeName, :birthDate,
                :firstDay, :reason, :status, :closingReason, :lastClaimDay, :partialPercentage, :vangnet, :frequentAbsence,
                :reportingDue, :daysLate, :fineEuro, :channel, :receivedAt, :messageId, :auditId, :now, :now,
                :kind, :wazoReason, :expectedDeliveryDate, :childBirthDate, :leaveWeeks)
            """;

    private static final String UPDATE_CLAIM = """
            update claim set contract_code = :contractCode, vestigingscode = :vestigingscode, bsn = :bsn,
                employee_name = :employeeName, birth_date = :birthDate, first_day = :firstDay, reason = :reason,
                status = :status, closing_reason = :closingReason, last_claim_day = :lastClaimDay,
                partial_percentage = :partialPercentage, vangnet = :vangnet, reporting_due_at = :reportingDue,
                days_late = :daysLate,
                fine_eur = :fineEuro, wazo_reason = :wazoReason, expected_delivery_date = :expectedDeliveryDate,
                child_birth_date = :childBirthDate, leave_weeks = :leaveWeeks, updated_at = :now
            where id = :id and client_id = :clientId
            """;

    private static final String INSERT_ACTION_POINT =
            "insert into action_point (claim_id, kind, due_at, status) values (?, ?, ?, 'OPEN')";

    private static final String CANCEL_OPEN_ACTION_POINTS =
            "update action_point set status = 'CANCELLED', done_at = ?, done_by = ? where claim_id = ? and status = 'OPEN'";

    /**
     * Points due after the recovery are no longer needed. What is owed to UWV stays open (a recovery does not
     * report the claim to UWV), and so does a point already overdue: it was missed, not made unneeded.
     */
    private static final String OPEN_ACTION_POINTS_NOT_NEEDED = """
            update action_point set status = 'NOT_NEEDED', done_at = ?, done_by = ?
            where claim_id = ? and status = 'OPEN' and due_at >= ? and kind not in (%s)
            """.formatted(quoted(ActionPlan.UWV_REPORTS));

    /** A point already settled keeps the due moment it was settled against. */
    private static final String MOVE_OPEN_ACTION_POINT =
            "update action_point set due_at = ? where claim_id = ? and kind = ? and status = 'OPEN'";

    private static final String SETTLE_ACTION_POINT = """
            update action_point set status = 'DONE', done_at = ?, done_by = ?
            where claim_id = ? and kind = ? and status = 'OPEN'
            """;

    /** Standard SQL's merge, which H2 and PostgreSQL both run: a message id refers to one claim, the latest. */
    private static final String LINK_MESSAGE = """
            merge into claim_message m
            using (values (cast(? as varchar(40)), cast(? as varchar(64)), cast(? as bigint)))
                as v (client_id, message_id, claim_id)
            on m.client_id = v.client_id and m.message_id = v.message_id
            when matched then update set claim_id = v.claim_id
            when not matched then insert (client_id, message_id, claim_id) values (v.client_id, v.message_id, v.claim_id)
            """;

    private static final String INSERT_EVENT =
            "insert into claim_event (claim_id, audit_id, event, at) values (?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    ClaimStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /**
     * Writes the decision for the message recorded under {@code auditId}.
     *
     * @param messageId the message's own id: a later correction or withdrawal finds the claim by it
     */
    public RegisteredClaim store(ClaimDecision decision, long auditId, String messageId) {
        RegisteredClaim claim =
                decision.change() == ClaimDecision.Change.CREATE ? create(decision, auditId) : change(decision);
        if (messageId != null && decision.change() != ClaimDecision.Change.WITHDRAW) {
            jdbc.update(LINK_MESSAGE, decision.claim().clientId(), messageId, claim.id());
        }
        jdbc.update(INSERT_EVENT, claim.id(), auditId, decision.event(), Timestamp.from(Instant.now()));
        return claim;
    }

    private RegisteredClaim create(ClaimDecision decision, long auditId) {
        String claimNumber = nextClaimNumber(decision.claim());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        named.update(
                INSERT_CLAIM,
                parameters(decision.claim())
                        .addValue("claimNumber", claimNumber)
                        .addValue("auditId", auditId),
                key,
                new String[] {"id"});
        long claimId = key.getKey().longValue();
        jdbc.batchUpdate(
                INSERT_ACTION_POINT,
                decision.actionPoints().stream()
                        .map(point -> new Object[] {claimId, point.kind(), Timestamp.from(point.due())})
                        .toList());
        return new RegisteredClaim(claimId, claimNumber);
    }

    private RegisteredClaim change(ClaimDecision decision) {
        long claimId = decision.claimId();
        named.update(UPDATE_CLAIM, parameters(decision.claim()).addValue("id", claimId));
        Timestamp now = Timestamp.from(Instant.now());
        if (decision.change() == ClaimDecision.Change.CORRECT) {
            jdbc.batchUpdate(
                    MOVE_OPEN_ACTION_POINT,
                    decision.actionPoints().stream()
                            .map(point -> new Object[] {Timestamp.from(point.due()), claimId, point.kind()})
                            .toList());
        } else if (decision.change() == ClaimDecision.Change.WITHDRAW) {
            jdbc.update(CANCEL_OPEN_ACTION_POINTS, now, decision.event(), claimId);
        } else if (decision.change() == ClaimDecision.Change.RECOVER
                && decision.claim().status() == ClaimStatus.GESLOTEN) {
            Instant recovered = decision.claim()
                    .lastClaimDay()
                    .plusDays(1)
                    .atStartOfDay(DUTCH_TIME)
                    .toInstant();
            jdbc.update(OPEN_ACTION_POINTS_NOT_NEEDED, now, decision.event(), claimId, Timestamp.from(recovered));
        }
        // a week-42 report settles its point when the report to UWV is sent (settle), not on receipt
        return new RegisteredClaim(claimId, decision.claim().claimNumber());
    }

    /**
     * Settles the open action points of these kinds of a claim: done at {@code at} by {@code by} (a user, or
     * what happened: "UWV accepted RX-ZM-2026-000001-A"). Points already settled stay as they are.
     *
     * @return how many points were settled
     */
    public int settle(long claimId, Collection<String> kinds, Instant at, String by) {
        int settled = 0;
        for (String kind : kinds) {
            settled += jdbc.update(SETTLE_ACTION_POINT, Timestamp.from(at), by, claimId, kind);
        }
        return settled;
    }

    private static String quoted(Collection<String> kinds) {
        return kinds.stream().sorted().map(kind -> "'" + kind + "'").collect(Collectors.joining(", "));
    }

    /**
     * ZM-2026-000123 for a sickness claim, WZ-2026-000124 for a WAZO leave record: the year of receipt and a
     * number from one counter in the database, never reused and without gaps (V17).
     */
    private String nextClaimNumber(Claim claim) {
        jdbc.update(RAISE_CLAIM_COUNTER);
        long number = jdbc.queryForObject(CLAIM_COUNTER, Long.class);
        String prefix = claim.isLeave() ? "WZ" : "ZM";
        return "%s-%d-%06d"
                .formatted(prefix, claim.receivedAt().atZone(DUTCH_TIME).getYear(), number);
    }

    private static MapSqlParameterSource parameters(Claim c) {
        Leave leave = c.leave();
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
                .addValue("kind", c.kind().name())
                .addValue(
                        "wazoReason",
                        leave == null || leave.reason() == null
                                ? null
                                : leave.reason().name())
                .addValue("expectedDeliveryDate", leave == null ? null : leave.expectedDeliveryDate())
                .addValue("childBirthDate", leave == null ? null : leave.childBirthDate())
                .addValue("leaveWeeks", leave == null ? null : leave.weeks())
                .addValue("now", Timestamp.from(Instant.now()));
    }
}
