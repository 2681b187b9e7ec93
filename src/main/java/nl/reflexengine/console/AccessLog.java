package nl.reflexengine.console;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.reflexengine.users.ClientScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Who viewed which claim or raw message, and when (table console_access_log), for auditors. */
@Component
public class AccessLog {

    /** What was viewed. */
    public enum Action {
        CLAIM_VIEWED,
        MESSAGE_VIEWED,
        /** A list of claims taken out as CSV: the subject says how many, the client the filter's (or none). */
        CLAIMS_EXPORTED
    }

    /** One entry: {@code subject} is the claim number or the message's audit id. */
    public record Entry(Instant at, String username, Action action, String clientId, String subject) {}

    private final JdbcTemplate jdbc;

    public AccessLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void viewed(String username, Action action, String clientId, String subject) {
        jdbc.update(
                "insert into console_access_log (at, username, action, client_id, subject) values (?, ?, ?, ?, ?)",
                Timestamp.from(Instant.now()),
                username,
                action.name(),
                clientId,
                subject);
    }

    /**
     * The newest entries about the clients in the scope, and about deliveries that named no client (an
     * unknown sender's mail: nobody's client, so every auditor sees who looked at it), newest first.
     */
    public List<Entry> newest(ClientScope scope, int limit) {
        return jdbc.query(
                "select at, username, action, client_id, subject from console_access_log l where "
                        + "(" + ClientScope.grantedWholeClient("l.client_id") + " or l.client_id = '')"
                        + " order by at desc, id desc limit ?",
                (rs, row) -> new Entry(
                        rs.getTimestamp("at").toInstant(),
                        rs.getString("username"),
                        Action.valueOf(rs.getString("action")),
                        rs.getString("client_id"),
                        rs.getString("subject")),
                scope.userId(),
                limit);
    }
}
