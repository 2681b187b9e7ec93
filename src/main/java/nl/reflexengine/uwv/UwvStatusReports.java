package nl.reflexengine.uwv;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.reflexengine.claims.ClaimStore;
import nl.reflexengine.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records what Digipoort and UWV say about the messages we sent: the answer of the gateway on delivery,
 * and later status reports (route uwv-status, one {@code <kenmerk>.status} file each). A report only moves
 * a message forward through its lifecycle ({@link UwvStatus}). A report about a message our outbox still
 * had as unsent proves it arrived: it is SENT. A Digipoort failure fails our delivery too, so an operator
 * can send it again ({@code requeue uwv}). UWV's acceptance of a Ziekteaangifte or WAZO application settles
 * the claim's action point for it; a sent week-42 report settles the week-42 point.
 */
@Component("uwvStatus")
public class UwvStatusReports {

    private static final Logger log = LoggerFactory.getLogger(UwvStatusReports.class);

    private static final String CURRENT = "select status, uwv_status, flow, claim_id from uwv_outbox where kenmerk = ?";

    /** Guarded by the state read, so two reports racing cannot move a message backwards. */
    private static final String ADVANCE = """
            update uwv_outbox set uwv_status = ?, status = ?, updated_at = ?, uwv_remarks = coalesce(?, uwv_remarks)
            where kenmerk = ? and status = ? and uwv_status = ?
            """;

    private static final String ADVANCE_FIRST = """
            update uwv_outbox set uwv_status = ?, status = ?, updated_at = ?, uwv_remarks = coalesce(?, uwv_remarks)
            where kenmerk = ? and status = ? and uwv_status is null
            """;

    /** The most of UWV's remarks a message keeps (column uwv_remarks). */
    private static final int MAX_REMARKS = 4000;

    private final JdbcTemplate jdbc;
    private final ClaimStore claims;
    private final TransactionTemplate transaction;

    UwvStatusReports(JdbcTemplate jdbc, ClaimStore claims, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.transaction = transaction;
    }

    /**
     * Records a status report: on its first line a Digipoort status code (301, 400, 410, ...) or UWV's answer
     * (ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED); on the lines after it, if any, UWV's errors and warnings,
     * kept with the message for the operators. Returns whether it changed anything.
     *
     * @throws IllegalArgumentException when the first line is neither (the file moves to .error)
     */
    public boolean record(String kenmerk, String report) {
        String[] lines = (report == null ? "" : report.strip()).split("\\R", 2);
        UwvStatus status = parse(lines[0].trim());
        String remarks = lines.length < 2 || lines[1].isBlank()
                ? status == UwvStatus.FAILED ? "Digipoort meldde status " + lines[0].trim() : null
                : remarks(lines[1]);
        // the new state and the action point it settles are written together, or neither
        return Boolean.TRUE.equals(transaction.execute(tx -> advance(kenmerk, status, remarks, false)));
    }

    /** UWV's lines as they came, masked like a log line: a remark may quote the message's BSN. */
    private static String remarks(String lines) {
        String masked = PersonalData.mask(lines.strip());
        return masked.length() <= MAX_REMARKS ? masked : masked.substring(0, MAX_REMARKS);
    }

    /**
     * What the gateway answered on delivery, in the transaction that marks the message SENT; a message whose
     * sending is the administrator's deed (the week-42 report) settles its action point then.
     */
    void delivered(String kenmerk, UwvStatus status) {
        advance(kenmerk, status, null, true);
    }

    private boolean advance(String kenmerk, UwvStatus status, String remarks, boolean delivering) {
        List<Map<String, Object>> rows = jdbc.queryForList(CURRENT, kenmerk);
        if (rows.isEmpty()) {
            log.warn("Status {} for unknown UWV message {} ignored", status, kenmerk);
            return false;
        }
        Map<String, Object> row = rows.get(0);
        String delivery = (String) row.get("STATUS");
        String current = (String) row.get("UWV_STATUS");
        if ("CANCELLED".equals(delivery)) {
            log.warn("Status {} for UWV message {} ignored: it was cancelled before it was sent", status, kenmerk);
            return false;
        }
        if (current != null && !UwvStatus.valueOf(current).canMoveTo(status)) {
            return false;
        }
        String nextDelivery = status == UwvStatus.FAILED ? "FAILED" : "SENT";
        Timestamp now = Timestamp.from(Instant.now());
        int changed = current == null
                ? jdbc.update(ADVANCE_FIRST, status.name(), nextDelivery, now, remarks, kenmerk, delivery)
                : jdbc.update(ADVANCE, status.name(), nextDelivery, now, remarks, kenmerk, delivery, current);
        if (changed == 0) {
            return false; // another report moved it meanwhile
        }
        UwvFlow flow = UwvFlow.valueOf((String) row.get("FLOW"));
        long claimId = ((Number) row.get("CLAIM_ID")).longValue();
        if (delivering && status != UwvStatus.FAILED) {
            settle(flow, claimId, UwvFlow.Settles.ON_SENDING, "verstuurd naar UWV als " + kenmerk);
        }
        if (status == UwvStatus.ACCEPTED || status == UwvStatus.ACCEPTED_WITH_WARNINGS) {
            settle(flow, claimId, UwvFlow.Settles.ON_ACCEPTANCE, "door UWV geaccepteerd: " + kenmerk);
        }
        if (status == UwvStatus.REJECTED || status == UwvStatus.FAILED) {
            log.warn("UWV message {} is {}: operations must act", kenmerk, status);
        } else if (!delivering) {
            log.info("UWV message {} is {}", kenmerk, status); // on delivery, the outbox's "sent" says it
        }
        return true;
    }

    /**
     * Settles the claim's action points this message settles at this moment. A message replaced by a
     * correction still counts: UWV had the report when it accepted it. A withdrawn claim has no open points.
     */
    private void settle(UwvFlow flow, long claimId, UwvFlow.Settles when, String by) {
        Set<String> points = flow.actionPoints(when);
        if (!points.isEmpty()) { // most messages settle nothing: no statement for them on the sending path
            claims.settle(claimId, points, Instant.now(), by);
        }
    }

    private static UwvStatus parse(String report) {
        if (report.matches("[0-9]{3}")) {
            return UwvStatus.ofDigipoortCode(Integer.parseInt(report))
                    .orElseThrow(() -> new IllegalArgumentException("unknown Digipoort status " + report));
        }
        UwvStatus answer = UwvStatus.valueOf(report.toUpperCase(Locale.ROOT));
        if (answer != UwvStatus.ACCEPTED
                && answer != UwvStatus.ACCEPTED_WITH_WARNINGS
                && answer != UwvStatus.REJECTED) {
            throw new IllegalArgumentException("not a UWV answer: " + report);
        }
        return answer;
    }
}
