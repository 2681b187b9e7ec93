package nl.reflexengine.uwv;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import nl.reflexengine.audit.OutcomeWork;
import nl.reflexengine.claims.ClaimDecision;
import nl.reflexengine.intake.Submission;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queues what UWV must receive, in the transaction that accepts the message: a Ziekteaangifte for every
 * new claim (vangnet cases included: they go to UWV at once), and for a withdrawal the withdrawal in the
 * same flow. A Ziekteaangifte withdrawn before it was ever sent is cancelled instead, and kept for the
 * record. The kenmerk is derived from the claim number, so the same message can never be queued twice.
 */
@Component
@Order(2)
class UwvOutbox implements OutcomeWork {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final ZiekteaangifteWriter writer;

    UwvOutbox(JdbcTemplate jdbc, ZiekteaangifteWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    static String kenmerk(String claimNumber, UwvFlow flow) {
        return "RX-" + claimNumber + (flow == UwvFlow.ZIEKTEAANGIFTE ? "-A" : "-I");
    }

    @Override
    public void apply(Submission submission) {
        ClaimDecision decision = submission.claimDecision();
        if (submission.outcome() != nl.reflexengine.intake.Outcome.ACCEPTED
                || decision == null
                || submission.claimNumber() == null) {
            return;
        }
        long claimId = submission.claimId();
        OffsetDateTime now = OffsetDateTime.now(DUTCH_TIME).withNano(0);
        var report = submission.enriched().report();
        switch (decision.change()) {
            case CREATE -> {
                String kenmerk = kenmerk(submission.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
                queue(
                        kenmerk,
                        UwvFlow.ZIEKTEAANGIFTE,
                        claimId,
                        submission,
                        null,
                        writer.sickReport(kenmerk, report, decision.claim().vangnet(), now));
            }
            case WITHDRAW -> withdraw(submission, claimId, now);
            default -> {
                // corrections and recoveries are not forwarded yet: see README, "UWV forwarding"
            }
        }
    }

    private void withdraw(Submission submission, long claimId, OffsetDateTime now) {
        String sent = kenmerk(submission.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        int cancelled = jdbc.update(
                "update uwv_message set status = 'CANCELLED', updated_at = ? where kenmerk = ? and status = 'QUEUED'"
                        // a failed attempt may still have reached UWV: only a never-tried message is cancelled
                        + " and attempts = 0",
                Timestamp.from(Instant.now()),
                sent);
        if (cancelled > 0) {
            return; // never sent, so nothing to withdraw at UWV
        }
        List<String> sentXml = jdbc.queryForList("select xml from uwv_message where kenmerk = ?", String.class, sent);
        if (sentXml.isEmpty()) {
            return; // the claim never had a Ziekteaangifte (created before forwarding existed)
        }
        String kenmerk = kenmerk(submission.claimNumber(), UwvFlow.ZIEKTEAANGIFTE_INTREKKING);
        queue(
                kenmerk,
                UwvFlow.ZIEKTEAANGIFTE_INTREKKING,
                claimId,
                submission,
                sent,
                writer.withdrawal(kenmerk, sentXml.get(0), now));
    }

    private void queue(String kenmerk, UwvFlow flow, long claimId, Submission submission, String refersTo, String xml) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into uwv_message (kenmerk, flow, claim_id, audit_id, refers_to, xml, status, next_attempt_at,"
                        + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)",
                kenmerk,
                flow.name(),
                claimId,
                submission.auditId(),
                refersTo,
                xml,
                now,
                now,
                now);
        submission.uwvQueued(flow.name());
    }
}
