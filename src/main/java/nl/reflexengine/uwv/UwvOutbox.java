package nl.reflexengine.uwv;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.reflexengine.claims.Claim;
import nl.reflexengine.claims.ClaimDecision;
import nl.reflexengine.claims.RegisteredClaim;
import nl.reflexengine.report.MessageKind;
import nl.reflexengine.report.SickReport;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Queues what UWV must receive, in the transaction that accepts the message, each in its own flow:
 * <ul>
 *   <li>a new claim: its Ziekteaangifte (vangnet cases included: they go to UWV at once); a WAZO leave
 *       record: its AanvraagWazoUitkering;
 *   <li>a recovery, a week-42 report, a recovery after it: the follow-up message, naming the claim's
 *       Ziekteaangifte;
 *   <li>a correction that changes what UWV was told: while the first message is still queued it is replaced;
 *       once sent, it is withdrawn and a new one sent, and its follow-ups (withdrawn with it at UWV) are sent
 *       again, naming the new one. A correction UWV's message does not carry (an address, a branch, a
 *       contract code, wage data) sends nothing;
 *   <li>a withdrawal: the withdrawal of the sent first message, which at UWV withdraws its follow-ups too.
 * </ul>
 * A message not yet sent is never withdrawn but cancelled, and kept for the record; a message that no longer
 * stands names the one that took its place ({@code superseded_by}), and one not yet sent is never sent any
 * more. A message that refers to another (a follow-up, a withdrawal) waits until that one has left
 * ({@code UwvConfiguration}). Kenmerken derive from the claim number, the flow and how many of that flow the
 * claim already has; they are unique in the table, so one can never be queued twice.
 */
@Component
public class UwvOutbox {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private static final String QUEUE = """
            insert into uwv_outbox (kenmerk, flow, claim_id, audit_id, refers_to, xml, status, next_attempt_at,
                created_at, updated_at)
            values (?, ?, ?, ?, ?, ?, 'QUEUED', ?, ?, ?)
            """;

    /** The claim's messages that still stand, in the order they were queued. */
    private static final String STANDING = """
            select id, kenmerk, flow, uwv_status from uwv_outbox
            where claim_id = ? and status <> 'CANCELLED' and superseded_by is null order by id
            """;

    private static final String XML_OF = "select xml from uwv_outbox where id = ?";

    private static final String ASSUME_SENT = """
            update uwv_outbox set status = 'SENT', attempts = 1, updated_at = ?
            where status = 'QUEUED' and attempts = 0
            """;

    private static final String QUEUED_OF_FLOW = "select count(*) from uwv_outbox where claim_id = ? and flow = ?";

    /** A failed attempt may still have reached UWV: only a never-tried message is cancelled. */
    private static final String CANCEL_UNSENT = """
            update uwv_outbox set status = 'CANCELLED', superseded_by = ?, updated_at = ?
            where id = ? and status = 'QUEUED' and attempts = 0
            """;

    /**
     * A message no longer stands. One not sent yet (retrying after a failed attempt, or failed) is never sent
     * any more: it may have reached UWV, so it is withdrawn all the same, but sending it again after its
     * withdrawal or replacement would undo them.
     */
    private static final String SUPERSEDE = """
            update uwv_outbox set superseded_by = ?, updated_at = ?,
                status = case when status in ('QUEUED', 'FAILED') then 'CANCELLED' else status end
            where id = ?
            """;

    /** A message of the outbox that still stands; its text is read only where it is needed ({@link #xml}). */
    private record Standing(long id, String kenmerk, UwvFlow flow, String uwvStatus) {

        /** UWV refused it: it never registered it, so there is nothing to withdraw. */
        boolean rejected() {
            return UwvStatus.REJECTED.name().equals(uwvStatus);
        }
    }

    private final JdbcTemplate jdbc;
    private final DigiZsmWriter writer;

    UwvOutbox(JdbcTemplate jdbc, DigiZsmWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    /**
     * For a replay, which sends nothing: every message queued so far counts as sent, as the running engine's
     * outbox has sent it long before the next message of the claim arrives. A correction or withdrawal
     * replayed after it then withdraws and resends, as it did in production, instead of replacing a message
     * that in production had long left.
     *
     * @return how many messages now count as sent
     */
    public int assumeSent() {
        return jdbc.update(ASSUME_SENT, Timestamp.from(Instant.now()));
    }

    /** The kenmerk of a claim's first message of a flow: RX-ZM-2026-000123-A. */
    static String kenmerk(String claimNumber, UwvFlow flow) {
        return kenmerk(claimNumber, flow, 1);
    }

    /** The n-th message of a flow for a claim: RX-ZM-2026-000123-A, -A2, -A3. */
    static String kenmerk(String claimNumber, UwvFlow flow, int n) {
        return "RX-" + claimNumber + "-" + flow.code() + (n == 1 ? "" : String.valueOf(n));
    }

    /**
     * Queues what this claim decision must tell UWV, inside the caller's transaction.
     *
     * @param auditId the accepted message's record
     * @param report the accepted report
     * @return the flows queued (their names), in the order queued
     */
    public List<String> queueFor(ClaimDecision decision, RegisteredClaim claim, long auditId, SickReport report) {
        Queue queue = new Queue(claim, auditId, OffsetDateTime.now(DUTCH_TIME).withNano(0));
        Claim facts = decision.claim();
        switch (decision.change()) {
            case CREATE -> queue.queueFirst(firstFlow(facts), report, facts);
            case CORRECT -> correct(queue, report, facts);
            case WITHDRAW -> withdraw(queue);
            case RECOVER ->
                queue.followUp(
                        report.kind() == MessageKind.LONG_TERM_RECOVERY
                                ? UwvFlow.HERSTELD_MELDING_LANGDURIG_ARBEIDSONGESCHIKT
                                : UwvFlow.MELDING_WERKHERVATTING,
                        report,
                        facts);
            case REPORT_LONG_TERM -> queue.followUp(UwvFlow.MELDING_LANGDURIG_ARBEIDSONGESCHIKT, report, facts);
        }
        return queue.flows;
    }

    /** What a claim starts with at UWV: a leave record its WAZO application, a sickness claim its Ziekteaangifte. */
    private static UwvFlow firstFlow(Claim claim) {
        return claim.isLeave() ? UwvFlow.AANVRAAG_WAZO_UITKERING : UwvFlow.ZIEKTEAANGIFTE;
    }

    private void correct(Queue queue, SickReport report, Claim facts) {
        List<Standing> standing = standing(queue.claim.id());
        Optional<Standing> first = first(standing);
        if (first.isEmpty()) {
            return; // the claim never had a first message (created before forwarding existed)
        }
        Standing old = first.get();
        // the flow the record's kind calls for: a leave record written before V9 went out as a Ziekteaangifte
        UwvFlow flow = firstFlow(facts);
        String kenmerk = queue.nextKenmerk(flow);
        String corrected = queue.firstMessage(flow, kenmerk, report, facts);
        if (flow == old.flow() && writer.sameContent(xml(old), corrected)) {
            return; // nothing UWV was told has changed
        }
        String supersededBy = replaceOrWithdraw(queue, old, kenmerk);
        queue.add(kenmerk, flow, null, corrected);
        for (Standing followUp : followUps(standing)) {
            String again = queue.nextKenmerk(followUp.flow());
            if (!cancelUnsent(followUp, again)) {
                supersede(followUp, supersededBy); // UWV withdrew it with the message it followed
            }
            String xml = writer.reissue(xml(followUp), again, kenmerk, report, facts.firstDay(), queue.created);
            queue.add(again, followUp.flow(), kenmerk, xml);
        }
    }

    private void withdraw(Queue queue) {
        List<Standing> standing = standing(queue.claim.id());
        Optional<Standing> first = first(standing);
        if (first.isEmpty()) {
            return;
        }
        String withdrawal = replaceOrWithdraw(queue, first.get(), null);
        for (Standing followUp : followUps(standing)) {
            if (!cancelUnsent(followUp, withdrawal)) {
                supersede(followUp, withdrawal); // withdrawn at UWV with the message it followed
            }
        }
    }

    /**
     * Takes a first message out of standing: cancelled if never tried, set aside if UWV rejected it (UWV has
     * nothing to withdraw), else withdrawn in its own flow. Returns what took its place at UWV: the
     * withdrawal's kenmerk, or {@code replacement} when nothing had to be withdrawn.
     */
    private String replaceOrWithdraw(Queue queue, Standing old, String replacement) {
        if (cancelUnsent(old, replacement)) {
            return replacement;
        }
        if (old.rejected()) {
            supersede(old, replacement);
            return replacement;
        }
        return queue.withdrawal(old);
    }

    /** The messages queued for one decision, and how they are written. */
    private final class Queue {

        private final RegisteredClaim claim;
        private final long auditId;
        private final OffsetDateTime created;
        private final List<String> flows = new ArrayList<>();

        Queue(RegisteredClaim claim, long auditId, OffsetDateTime created) {
            this.claim = claim;
            this.auditId = auditId;
            this.created = created;
        }

        void queueFirst(UwvFlow flow, SickReport report, Claim facts) {
            String kenmerk = kenmerk(claim.number(), flow); // a new claim has no messages yet
            add(kenmerk, flow, null, firstMessage(flow, kenmerk, report, facts));
        }

        String firstMessage(UwvFlow flow, String kenmerk, SickReport report, Claim facts) {
            return flow == UwvFlow.AANVRAAG_WAZO_UITKERING
                    ? writer.wazoApplication(kenmerk, report, created)
                    : writer.sickReport(kenmerk, report, facts.vangnet(), created);
        }

        void followUp(UwvFlow flow, SickReport report, Claim facts) {
            String aangifte =
                    UwvOutbox.first(standing(claim.id())).map(Standing::kenmerk).orElse(null);
            String kenmerk = nextKenmerk(flow);
            String xml = switch (flow) {
                case MELDING_WERKHERVATTING ->
                    writer.workResumption(kenmerk, report, facts.firstDay(), aangifte, created);
                case MELDING_LANGDURIG_ARBEIDSONGESCHIKT ->
                    writer.longTermIncapacity(kenmerk, report, facts.firstDay(), aangifte, created);
                case HERSTELD_MELDING_LANGDURIG_ARBEIDSONGESCHIKT ->
                    writer.longTermRecovery(kenmerk, report, facts.firstDay(), aangifte, created);
                default -> throw new IllegalArgumentException(flow + " is not a follow-up message");
            };
            add(kenmerk, flow, aangifte, xml);
        }

        /** Queues the withdrawal of a sent first message and marks it withdrawn; returns its kenmerk. */
        String withdrawal(Standing sent) {
            UwvFlow flow = sent.flow().withdrawal();
            String kenmerk = nextKenmerk(flow);
            add(kenmerk, flow, sent.kenmerk(), writer.withdrawal(kenmerk, xml(sent), created));
            supersede(sent, kenmerk);
            return kenmerk;
        }

        String nextKenmerk(UwvFlow flow) {
            int queued = jdbc.queryForObject(QUEUED_OF_FLOW, Integer.class, claim.id(), flow.name());
            return kenmerk(claim.number(), flow, queued + 1);
        }

        void add(String kenmerk, UwvFlow flow, String refersTo, String xml) {
            Timestamp now = Timestamp.from(Instant.now());
            jdbc.update(QUEUE, kenmerk, flow.name(), claim.id(), auditId, refersTo, xml, now, now, now);
            flows.add(flow.name());
        }
    }

    private List<Standing> standing(long claimId) {
        return jdbc.query(
                STANDING,
                (rs, row) -> new Standing(
                        rs.getLong("id"),
                        rs.getString("kenmerk"),
                        UwvFlow.valueOf(rs.getString("flow")),
                        rs.getString("uwv_status")),
                claimId);
    }

    private String xml(Standing message) {
        return jdbc.queryForObject(XML_OF, String.class, message.id());
    }

    /** The claim's Ziekteaangifte or WAZO application that stands: the one follow-ups refer to. */
    private static Optional<Standing> first(List<Standing> standing) {
        return standing.stream().filter(m -> m.flow().isFirst()).reduce((earlier, later) -> later);
    }

    private static List<Standing> followUps(List<Standing> standing) {
        return standing.stream().filter(m -> m.flow().isFollowUp()).toList();
    }

    /** Cancels a message never tried; false when it may have reached UWV (then it must be withdrawn). */
    private boolean cancelUnsent(Standing message, String supersededBy) {
        return jdbc.update(CANCEL_UNSENT, supersededBy, Timestamp.from(Instant.now()), message.id()) > 0;
    }

    private void supersede(Standing message, String supersededBy) {
        jdbc.update(SUPERSEDE, supersededBy, Timestamp.from(Instant.now()), message.id());
    }
}
