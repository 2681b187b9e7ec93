package nl.reflexengine.console.uwv;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.users.ClientScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The UWV outbox as operators and auditors watch it, for the clients in the user's scope: a UWV message
 * belongs to a claim, and the claim's client (and vestiging) decides who sees it.
 */
@Repository
public class UwvBoard {

    /** The most rows one list on the board shows. */
    public static final int MAX_ROWS = 200;

    private static final String VISIBLE = ClientScope.granted("c.client_id", "c.vestigingscode");

    private static final String ROW =
            "select u.id, u.kenmerk, u.flow, u.status, u.uwv_status, u.attempts, u.last_error,"
                    + " u.uwv_remarks, u.created_at, u.updated_at, c.claim_number, c.client_id from uwv_outbox u"
                    + " join claim c on c.id = u.claim_id where " + VISIBLE;

    /** How many messages are in one delivery state and UWV state. */
    public record Count(String status, String uwvStatus, long messages) {}

    /** One UWV message on the board. */
    public record Item(
            long id,
            String kenmerk,
            String flow,
            String status,
            String uwvStatus,
            int attempts,
            String lastError,
            String uwvRemarks,
            Instant createdAt,
            Instant updatedAt,
            String claimNumber,
            String clientId) {}

    private final JdbcTemplate jdbc;

    public UwvBoard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Count> counts(ClientScope scope) {
        return jdbc.query(
                "select u.status, u.uwv_status, count(*) as messages from uwv_outbox u join claim c on c.id = u.claim_id"
                        + " where " + VISIBLE + " group by u.status, u.uwv_status order by u.status, u.uwv_status",
                (rs, row) -> new Count(rs.getString("status"), rs.getString("uwv_status"), rs.getLong("messages")),
                scope.userId());
    }

    /** Waiting to be sent, oldest first: the first is how far behind the outbox is. */
    public List<Item> oldestQueued(ClientScope scope) {
        return list(scope, " and u.status = 'QUEUED' order by u.created_at, u.id");
    }

    /** Out of attempts or refused: each waits for an operator. */
    public List<Item> failed(ClientScope scope) {
        return list(scope, " and u.status = 'FAILED' order by u.updated_at desc, u.id desc");
    }

    /** UWV's answer was REJECTED, or accepted with warnings: with UWV's remarks. */
    public List<Item> answeredWithRemarks(ClientScope scope) {
        return list(
                scope,
                " and u.uwv_status in ('REJECTED', 'ACCEPTED_WITH_WARNINGS') order by u.updated_at desc, u.id desc");
    }

    /** Whether the user may see (and so act on) this message. */
    public boolean visible(ClientScope scope, long id) {
        return !list(scope, " and u.id = " + id).isEmpty();
    }

    private List<Item> list(ClientScope scope, String conditionAndOrder) {
        return jdbc.query(ROW + conditionAndOrder + " limit " + MAX_ROWS, UwvBoard::item, scope.userId());
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        return new Item(
                rs.getLong("id"),
                rs.getString("kenmerk"),
                rs.getString("flow"),
                rs.getString("status"),
                rs.getString("uwv_status"),
                rs.getInt("attempts"),
                PersonalData.mask(rs.getString("last_error")),
                PersonalData.mask(rs.getString("uwv_remarks")),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("updated_at")),
                rs.getString("claim_number"),
                rs.getString("client_id"));
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
