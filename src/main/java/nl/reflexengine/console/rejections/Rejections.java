package nl.reflexengine.console.rejections;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.reflexengine.console.DutchTime;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.users.ClientScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Rejected, test-rejected and quarantined messages, for the clients in the user's scope. A message counts as
 * its client's when the engine knew the client (from the message or its sender); a delivery that names no
 * client at all (an unknown sender's mail) is shown to operators only, who must look into it.
 */
@Repository
public class Rejections {

    /** The most rows one list shows. */
    public static final int MAX_ROWS = 500;

    /**
     * Whose the record is: the sending client's first (a sender's mistake about the employer is the sender's
     * to see and fix, never the employer's), else the client the message named.
     */
    private static final String CLIENT = "coalesce(m.sender_client_id, m.client_id)";

    private static final String VISIBLE =
            "(" + ClientScope.grantedWholeClient(CLIENT) + " or (? and " + CLIENT + " is null))";

    private static final String NOT_ACCEPTED = "m.outcome in ('REJECTED', 'TEST_REJECTED', 'QUARANTINED')";

    /** One message in the list. */
    public record Row(
            long id,
            Instant receivedAt,
            String channel,
            String source,
            String clientId,
            boolean test,
            String outcome,
            String codes,
            Long reprocessedAs,
            Long reprocessOf) {

        /** A rejection not yet reprocessed: the one kind an operator can send through again. */
        public boolean reprocessable() {
            return reprocessedAs == null && ("REJECTED".equals(outcome) || "TEST_REJECTED".equals(outcome));
        }

        /** A quarantined mail not yet released: once its sender is registered, an operator releases it. */
        public boolean releasable() {
            return reprocessedAs == null && "QUARANTINED".equals(outcome) && "MAIL".equals(channel);
        }
    }

    /** How many messages of a client were rejected with a code. */
    public record CodeCount(String clientId, String code, long messages) {}

    /** One reason of a rejection, as recorded. */
    public record Reason(String code, String field, String message) {}

    /** A message with its reasons and its raw content (BSNs masked). */
    public record Message(Row row, List<Reason> reasons, String raw) {}

    private final JdbcTemplate jdbc;

    public Rejections(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Row> search(ClientScope scope, boolean seesUnattributed, RejectionSearch search) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, seesUnattributed, search, parameters);
        return jdbc.query(
                "select m.id, m.received_at, m.channel, m.source, " + CLIENT + " as client, m.test, m.outcome, m.codes,"
                        + " m.reprocessed_as, (select min(r.id) from audit_message r where r.reprocessed_as = m.id"
                        + " and r.id <> m.id) as reprocess_of from audit_message m where " + where
                        + " order by m.received_at desc, m.id desc limit " + MAX_ROWS,
                Rejections::row,
                parameters.toArray());
    }

    public List<CodeCount> countsPerCode(ClientScope scope, boolean seesUnattributed, RejectionSearch search) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, seesUnattributed, search, parameters);
        return jdbc.query(
                "select coalesce(" + CLIENT + ", '') as client, v.code, count(distinct m.id) as messages"
                        + " from audit_message m join audit_violation v on v.audit_id = m.id where " + where
                        + " group by " + CLIENT + ", v.code order by 1, 3 desc, 2",
                (rs, row) -> new CodeCount(rs.getString("client"), rs.getString("code"), rs.getLong("messages")),
                parameters.toArray());
    }

    /** One message the user may see, with its reasons and raw content. */
    public Optional<Message> message(ClientScope scope, boolean seesUnattributed, long id) {
        List<Object> parameters = new ArrayList<>();
        String where = where(scope, seesUnattributed, new RejectionSearch(null, null, null, null, null), parameters);
        parameters.add(id);
        return jdbc
                .query(
                        "select m.id, m.received_at, m.channel, m.source, " + CLIENT
                                + " as client, m.test, m.outcome, m.codes, m.reprocessed_as, m.raw_message,"
                                + " (select min(r.id) from audit_message r where r.reprocessed_as = m.id and r.id <> m.id)"
                                + " as reprocess_of from audit_message m where " + where + " and m.id = ?",
                        (rs, row) -> new Message(row(rs, row), List.of(), shownContent(rs.getBytes("raw_message"))),
                        parameters.toArray())
                .stream()
                .findFirst()
                .map(found -> new Message(found.row(), reasons(id), found.raw()));
    }

    /**
     * The raw content, BSNs masked, when it is a message the mask can read: text in UTF-8 that is no whole
     * mail. A mail (an unknown sender's, an unreadable one) carries its attachments encoded, where a BSN
     * would pass the mask unseen, and text in another encoding could split the digits; neither is shown.
     */
    static String shownContent(byte[] raw) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(raw))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
        boolean mail = text.regionMatches(true, 0, "Received:", 0, 9)
                || text.toLowerCase(java.util.Locale.ROOT).contains("content-transfer-encoding:")
                || text.indexOf('\u0000') >= 0;
        return mail ? null : PersonalData.mask(text);
    }

    private List<Reason> reasons(long id) {
        return jdbc.query(
                "select code, field, message from audit_violation where audit_id = ? order by position",
                (rs, row) -> new Reason(
                        rs.getString("code"),
                        PersonalData.mask(rs.getString("field")),
                        PersonalData.mask(rs.getString("message"))),
                id);
    }

    private static String where(
            ClientScope scope, boolean seesUnattributed, RejectionSearch search, List<Object> parameters) {
        StringBuilder where = new StringBuilder(NOT_ACCEPTED + " and " + VISIBLE);
        parameters.add(scope.userId());
        parameters.add(seesUnattributed);
        if (RejectionSearch.given(search.klant())) {
            where.append(" and ").append(CLIENT).append(" = ?");
            parameters.add(search.klant().trim());
        }
        if (RejectionSearch.given(search.code())) {
            where.append(" and exists (select 1 from audit_violation c where c.audit_id = m.id and c.code = ?)");
            parameters.add(search.code().trim());
        }
        if (RejectionSearch.given(search.kanaal())) {
            where.append(" and m.channel = ?");
            parameters.add(search.kanaal().trim());
        }
        if (search.vanaf() != null) {
            where.append(" and m.received_at >= ?");
            parameters.add(startOf(search.vanaf()));
        }
        if (search.tot() != null) {
            where.append(" and m.received_at < ?");
            parameters.add(startOf(search.tot().plusDays(1)));
        }
        return where.toString();
    }

    private static Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(DutchTime.ZONE).toInstant());
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        return new Row(
                rs.getLong("id"),
                rs.getTimestamp("received_at").toInstant(),
                rs.getString("channel"),
                PersonalData.mask(rs.getString("source")),
                rs.getString("client"),
                rs.getBoolean("test"),
                rs.getString("outcome"),
                rs.getString("codes"),
                rs.getObject("reprocessed_as", Long.class),
                rs.getObject("reprocess_of", Long.class));
    }
}
