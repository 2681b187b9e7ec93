package nl.reflexengine.uwv;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.reflexengine.claims.ClaimDecision;
import nl.reflexengine.claims.RegisteredClaim;
import nl.reflexengine.report.SickReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queues what UWV must receive, in the transaction that accepts the message: a Ziekteaangifte for every
 * new claim (vangnet cases included: they go to UWV at once), and for a withdrawal the withdrawal in the
 * same flow. A Ziekteaangifte withdrawn before it was ever sent is cancelled instead, and kept for the
 * record. The kenmerk is derived from the claim number, so the same message can never be queued twice.
 */
@Component
public class UwvOutbox {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final String QUEUE = """
            insert into uwv_outbox (kenmerk, flow, claim_id, audit_id, refers_to, xml, status, next_attempt_at,
                created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)
            """;

    /** A failed attempt may still have reached UWV: only a never-tried message is cancelled. */
    private static final String CANCEL_UNSENT =
            "update uwv_outbox set status = 'CANCELLED', updated_at = ? where kenmerk = ? and status = 'QUEUED'"
                    + " and attempts = 0";

    private static final String XML_OF = "select xml from uwv_outbox where kenmerk = ?";

    private final JdbcTemplate jdbc;
    private final ZiekteaangifteWriter writer;

    UwvOutbox(JdbcTemplate jdbc, ZiekteaangifteWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    static String kenmerk(String claimNumber, UwvFlow flow) {
        return "RX-" + claimNumber + (flow == UwvFlow.ZIEKTEAANGIFTE ? "-A" : "-I");
    }

    /**
     * Queues what this claim decision must tell UWV, inside the caller's transaction.
     *
     * @param auditId the accepted message's record
     * @param report the accepted report
     * @return the flows queued (their names), in the order queued
     */
    public List<String> queueFor(ClaimDecision decision, RegisteredClaim claim, long auditId, SickReport report) {
        OffsetDateTime now = OffsetDateTime.now(DUTCH_TIME).withNano(0);
        return switch (decision.change()) {
            case CREATE -> {
                String kenmerk = kenmerk(claim.number(), UwvFlow.ZIEKTEAANGIFTE);
                queue(
                        kenmerk,
                        UwvFlow.ZIEKTEAANGIFTE,
                        claim.id(),
                        auditId,
                        null,
                        writer.sickReport(kenmerk, report, decision.claim().vangnet(), now));
                yield List.of(UwvFlow.ZIEKTEAANGIFTE.name());
            }
            case WITHDRAW -> withdraw(claim, auditId, now);
            default ->
                List.of(); // corrections and recoveries are not forwarded yet: see routes/README.md, "UWV forwarding"
        };
    }

    private List<String> withdraw(RegisteredClaim claim, long auditId, OffsetDateTime now) {
        String sent = kenmerk(claim.number(), UwvFlow.ZIEKTEAANGIFTE);
        if (jdbc.update(CANCEL_UNSENT, Timestamp.from(Instant.now()), sent) > 0) {
            return List.of(); // never sent, so nothing to withdraw at UWV
        }
        List<String> sentXml = jdbc.queryForList(XML_OF, String.class, sent);
        if (sentXml.isEmpty()) {
            return List.of(); // the claim never had a Ziekteaangifte (created before forwarding existed)
        }
        String kenmerk = kenmerk(claim.number(), UwvFlow.ZIEKTEAANGIFTE_INTREKKING);
        queue(
                kenmerk,
                UwvFlow.ZIEKTEAANGIFTE_INTREKKING,
                claim.id(),
                auditId,
                sent,
                writer.withdrawal(kenmerk, sentXml.get(0), now));
        return List.of(UwvFlow.ZIEKTEAANGIFTE_INTREKKING.name());
    }

    private void queue(String kenmerk, UwvFlow flow, long claimId, long auditId, String refersTo, String xml) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(QUEUE, kenmerk, flow.name(), claimId, auditId, refersTo, xml, now, now, now);
    }
}
