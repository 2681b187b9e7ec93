package nl.reflexengine.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.reflexengine.report.WazoReason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads claims. Every query names the client first: one client's claims never answer for another's. */
@Component
public class ClaimRepository implements ClaimLookup {

    private static final String COLUMNS =
            "id, claim_number, client_id, contract_code, vestigingscode, bsn, employee_name,"
                    + " birth_date, first_day, reason, status, closing_reason, last_claim_day, partial_percentage, vangnet,"
                    + " frequent_absence, reporting_due_at, days_late, fine_eur, channel, received_at, message_id, kind,"
                    + " wazo_reason, expected_delivery_date, child_birth_date, leave_weeks";

    private final JdbcTemplate jdbc;

    public ClaimRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StoredClaim> byMessage(String clientId, String messageId) {
        return jdbc
                .query(
                        "select " + prefixed("c") + " from claim c join claim_message m on m.claim_id = c.id"
                                + " where m.client_id = ? and m.message_id = ? and c.status <> 'GEANNULEERD'",
                        this::map,
                        clientId,
                        messageId)
                .stream()
                .findFirst();
    }

    @Override
    public boolean messageIdUsed(String clientId, String messageId) {
        return jdbc.queryForObject(
                        "select count(*) from claim_message where client_id = ? and message_id = ?",
                        Integer.class,
                        clientId,
                        messageId)
                > 0;
    }

    @Override
    public Optional<StoredClaim> open(String clientId, String bsn, LocalDate firstDay) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from claim where client_id = ? and bsn = ? and first_day = ?"
                                + " and status = 'LOPEND' and kind = 'SICKNESS' order by id desc",
                        this::map,
                        clientId,
                        bsn,
                        firstDay)
                .stream()
                .findFirst();
    }

    @Override
    public List<LocalDate> firstDaysStarting(String clientId, String bsn, LocalDate from, LocalDate to) {
        return jdbc.queryForList(
                "select first_day from claim where client_id = ? and bsn = ? and first_day between ? and ?"
                        + " and status <> 'GEANNULEERD' and kind = 'SICKNESS'",
                LocalDate.class,
                clientId,
                bsn,
                from,
                to);
    }

    public Optional<StoredClaim> byNumber(String claimNumber) {
        return jdbc.query("select " + COLUMNS + " from claim where claim_number = ?", this::map, claimNumber).stream()
                .findFirst();
    }

    public List<ActionPoint> actionPoints(long claimId) {
        return jdbc.query(
                "select kind, due_at, status, done_at, done_by from action_point where claim_id = ? order by due_at, kind",
                (rs, row) -> new ActionPoint(
                        rs.getString("kind"),
                        rs.getTimestamp("due_at").toInstant(),
                        ActionPoint.Status.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("done_at")),
                        rs.getString("done_by")),
                claimId);
    }

    public List<String> history(long claimId) {
        return jdbc.queryForList("select event from claim_event where claim_id = ? order by id", String.class, claimId);
    }

    private static String prefixed(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    private StoredClaim map(ResultSet rs, int row) throws SQLException {
        return new StoredClaim(
                rs.getLong("id"),
                new Claim(
                        rs.getString("claim_number"),
                        rs.getString("client_id"),
                        rs.getString("contract_code"),
                        rs.getString("vestigingscode"),
                        rs.getString("bsn"),
                        rs.getString("employee_name"),
                        rs.getObject("birth_date", LocalDate.class),
                        rs.getObject("first_day", LocalDate.class),
                        rs.getString("reason"),
                        ClaimStatus.valueOf(rs.getString("status")),
                        rs.getString("closing_reason"),
                        rs.getObject("last_claim_day", LocalDate.class),
                        rs.getBigDecimal("partial_percentage"),
                        rs.getBoolean("vangnet"),
                        rs.getBoolean("frequent_absence"),
                        instant(rs.getTimestamp("reporting_due_at")),
                        rs.getInt("days_late"),
                        rs.getInt("fine_eur"),
                        rs.getString("channel"),
                        instant(rs.getTimestamp("received_at")),
                        rs.getString("message_id"),
                        leave(rs)));
    }

    private static Leave leave(ResultSet rs) throws SQLException {
        if (!Claim.Kind.LEAVE.name().equals(rs.getString("kind"))) {
            return null;
        }
        String reason = rs.getString("wazo_reason");
        return new Leave(
                reason == null ? null : WazoReason.valueOf(reason),
                rs.getObject("expected_delivery_date", LocalDate.class),
                rs.getObject("child_birth_date", LocalDate.class),
                rs.getObject("leave_weeks", Integer.class));
    }

    private static java.time.Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
