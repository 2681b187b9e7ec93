package nl.reflexengine.console.claims;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.reflexengine.console.Labels;
import nl.reflexengine.console.claims.ClaimTimeline.ActionPointRow;
import nl.reflexengine.console.claims.ClaimTimeline.MailRow;
import nl.reflexengine.console.claims.ClaimTimeline.Moment;
import nl.reflexengine.console.claims.ClaimTimeline.UwvMessageRow;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.users.ClientScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The claims a console user may see. Every method takes the user's {@link ClientScope} and puts it in its
 * SQL: a claim of a client (or vestiging) not granted to the user is never read, whatever the caller asks.
 */
@Repository
public class ConsoleClaims {

    /** The most rows one list shows or exports. */
    public static final int MAX_ROWS = 500;

    private static final String VISIBLE = ClientScope.granted("c.client_id", "c.vestigingscode");

    private static final String ROW =
            "select c.id, c.claim_number, c.client_id, c.vestigingscode, c.bsn, c.employee_name,"
                    + " c.birth_date, c.first_day, c.kind, c.status, (select count(*) from action_point a where a.claim_id = c.id"
                    + " and a.status = 'OPEN' and a.due_at < ?) as overdue from claim c where " + VISIBLE;

    private final JdbcTemplate jdbc;
    private final Labels labels;

    public ConsoleClaims(JdbcTemplate jdbc, Labels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    /** The claims that match, newest first day first, at most {@link #MAX_ROWS}. */
    public List<ClaimRow> search(ClientScope scope, ClaimSearch search, Instant now) {
        StringBuilder sql = new StringBuilder(ROW);
        List<Object> parameters = new ArrayList<>(List.of(Timestamp.from(now), scope.userId()));
        if (ClaimSearch.given(search.nummer())) {
            sql.append(" and c.claim_number = ?");
            parameters.add(search.nummer().trim());
        }
        if (ClaimSearch.given(search.achternaam())) {
            sql.append(" and lower(c.employee_name) like ?");
            parameters.add("%" + search.achternaam().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (search.geboortedatum() != null) {
            sql.append(" and c.birth_date = ?");
            parameters.add(search.geboortedatum());
        }
        if (ClaimSearch.given(search.klant())) {
            sql.append(" and c.client_id = ?");
            parameters.add(search.klant().trim());
        }
        if (ClaimSearch.given(search.vestiging())) {
            sql.append(" and c.vestigingscode = ?");
            parameters.add(search.vestiging().trim());
        }
        if (ClaimSearch.given(search.status())) {
            sql.append(" and c.status = ?");
            parameters.add(search.status().trim());
        }
        if (search.overdueOnly()) {
            sql.append(" and exists (select 1 from action_point o where o.claim_id = c.id and o.status = 'OPEN'"
                    + " and o.due_at < ?)");
            parameters.add(Timestamp.from(now));
        }
        if (search.vanaf() != null) {
            sql.append(" and c.first_day >= ?");
            parameters.add(search.vanaf());
        }
        if (search.tot() != null) {
            sql.append(" and c.first_day <= ?");
            parameters.add(search.tot());
        }
        sql.append(" order by c.first_day desc, c.id desc limit ").append(MAX_ROWS);
        return jdbc.query(sql.toString(), ConsoleClaims::row, parameters.toArray());
    }

    /** The claim with this number, if the user may see it. */
    public Optional<ClaimRow> byNumber(ClientScope scope, String claimNumber, Instant now) {
        return jdbc
                .query(
                        ROW + " and c.claim_number = ?",
                        ConsoleClaims::row,
                        Timestamp.from(now),
                        scope.userId(),
                        claimNumber)
                .stream()
                .findFirst();
    }

    /** The claim with everything that happened to it, if the user may see it. */
    public Optional<ClaimTimeline> timeline(ClientScope scope, String claimNumber, Instant now) {
        return byNumber(scope, claimNumber, now)
                .map(claim -> new ClaimTimeline(
                        claim,
                        history(scope, claim.id()),
                        actionPoints(scope, claim.id()),
                        uwvMessages(scope, claim.id()),
                        mails(scope, claim.id())));
    }

    public List<ActionPointRow> actionPoints(ClientScope scope, long claimId) {
        return jdbc.query(
                "select a.id, a.kind, a.due_at, a.status, a.done_at, a.done_by from action_point a"
                        + " join claim c on c.id = a.claim_id where a.claim_id = ? and " + VISIBLE
                        + " order by a.due_at, a.kind",
                (rs, row) -> new ActionPointRow(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        instant(rs, "due_at"),
                        rs.getString("status"),
                        instant(rs, "done_at"),
                        rs.getString("done_by")),
                claimId,
                scope.userId());
    }

    /**
     * Marks an open action point of a visible claim done, by this user, now.
     *
     * @return false when there is no such open action point the user may see
     */
    public boolean markDone(ClientScope scope, String claimNumber, long actionPointId, String by, Instant now) {
        return jdbc.update(
                        "update action_point set status = 'DONE', done_at = ?, done_by = ? where id = ? and status = 'OPEN'"
                                + " and claim_id = (select c.id from claim c where c.claim_number = ? and " + VISIBLE
                                + ")",
                        Timestamp.from(now),
                        by,
                        actionPointId,
                        claimNumber,
                        scope.userId())
                == 1;
    }

    private List<Moment> history(ClientScope scope, long claimId) {
        List<Moment> moments = new ArrayList<>(jdbc.query(
                "select e.at, e.event from claim_event e join claim c on c.id = e.claim_id where e.claim_id = ? and "
                        + VISIBLE,
                (rs, row) -> new Moment(
                        instant(rs, "at"), "Claim", labels.claimEvent(PersonalData.mask(rs.getString("event")))),
                claimId,
                scope.userId()));
        moments.addAll(jdbc.query(
                "select m.id, m.received_at, m.channel, m.message_type, m.outcome, m.codes from audit_message m"
                        + " where m.id in (select e.audit_id from claim_event e join claim c on c.id = e.claim_id"
                        + " where e.claim_id = ? and " + VISIBLE + ") order by m.received_at",
                (rs, row) -> new Moment(
                        instant(rs, "received_at"),
                        "Bericht " + rs.getLong("id"),
                        "%s via %s: %s%s"
                                .formatted(
                                        rs.getString("message_type"),
                                        rs.getString("channel"),
                                        labels.outcome(rs.getString("outcome")),
                                        rs.getString("codes") == null
                                                        || rs.getString("codes").isBlank()
                                                ? ""
                                                : " (" + rs.getString("codes") + ")")),
                claimId,
                scope.userId()));
        moments.sort(Comparator.comparing(Moment::at).thenComparing(Moment::what));
        return moments;
    }

    private List<UwvMessageRow> uwvMessages(ClientScope scope, long claimId) {
        return jdbc.query(
                "select u.kenmerk, u.flow, u.status, u.uwv_status, u.attempts, u.last_error, u.created_at, u.updated_at"
                        + " from uwv_outbox u join claim c on c.id = u.claim_id where u.claim_id = ? and " + VISIBLE
                        + " order by u.created_at, u.id",
                (rs, row) -> new UwvMessageRow(
                        rs.getString("kenmerk"),
                        rs.getString("flow"),
                        rs.getString("status"),
                        rs.getString("uwv_status"),
                        rs.getInt("attempts"),
                        PersonalData.mask(rs.getString("last_error")),
                        instant(rs, "created_at"),
                        instant(rs, "updated_at")),
                claimId,
                scope.userId());
    }

    private List<MailRow> mails(ClientScope scope, long claimId) {
        return jdbc.query(
                "select o.message_id, o.kind, o.status, o.created_at, o.updated_at from mail_outbox o"
                        + " where o.audit_id in (select e.audit_id from claim_event e join claim c on c.id = e.claim_id"
                        + " where e.claim_id = ? and " + VISIBLE + ") order by o.created_at, o.id",
                (rs, row) -> new MailRow(
                        rs.getString("message_id"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        instant(rs, "created_at"),
                        instant(rs, "updated_at")),
                claimId,
                scope.userId());
    }

    private static ClaimRow row(ResultSet rs, int row) throws SQLException {
        return new ClaimRow(
                rs.getLong("id"),
                rs.getString("claim_number"),
                rs.getString("client_id"),
                rs.getString("vestigingscode"),
                PersonalData.maskBsn(rs.getString("bsn")),
                rs.getString("employee_name"),
                rs.getObject("birth_date", LocalDate.class),
                rs.getObject("first_day", LocalDate.class),
                rs.getString("kind"),
                rs.getString("status"),
                rs.getInt("overdue"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
