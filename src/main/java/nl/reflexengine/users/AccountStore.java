package nl.reflexengine.users;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The console's users and the clients each may see (tables console_user, console_user_client). */
@Component
public class AccountStore {

    private static final String COLUMNS =
            "id, username, password_hash, role, enabled, failed_logins, valid_until, totp_secret is not null as enrolled";

    private final JdbcTemplate jdbc;

    public AccountStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Account> find(String username) {
        return jdbc
                .query("select " + COLUMNS + " from console_user where username = ?", AccountStore::map, username)
                .stream()
                .findFirst();
    }

    /** Every user, by name: for the authorisation report. */
    public List<Account> all() {
        return jdbc.query("select " + COLUMNS + " from console_user order by username", AccountStore::map);
    }

    /**
     * A new, enabled user with these clients.
     *
     * @throws IllegalArgumentException when the name is taken or a client is not in the reference data
     */
    @Transactional
    public long add(String username, Role role, List<ClientGrant> grants, String passwordHash, LocalDate validUntil) {
        if (find(username).isPresent()) {
            throw new IllegalArgumentException("a user named '" + username + "' exists already");
        }
        List<String> unknown = unknownClients(grants);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "no client with id " + String.join(", ", unknown) + " in the engine's reference data (table client,"
                            + " loaded from reflex.reference.directory when the engine starts)");
        }
        Timestamp now = Timestamp.from(Instant.now());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var insert = connection.prepareStatement(
                            "insert into console_user (username, password_hash, role, enabled, failed_logins,"
                                    + " valid_until, created_at, password_changed_at) values (?, ?, ?, true, 0, ?, ?, ?)",
                            new String[] {"id"});
                    insert.setString(1, username);
                    insert.setString(2, passwordHash);
                    insert.setString(3, role.name());
                    insert.setDate(4, validUntil == null ? null : Date.valueOf(validUntil));
                    insert.setTimestamp(5, now);
                    insert.setTimestamp(6, now);
                    return insert;
                },
                key);
        long id = key.getKey().longValue();
        grant(id, grants);
        return id;
    }

    /** Gives the user exactly these clients, instead of the ones they had. */
    @Transactional
    public void replaceGrants(long userId, List<ClientGrant> grants) {
        jdbc.update("delete from console_user_client where user_id = ?", userId);
        grant(userId, grants);
    }

    private void grant(long userId, List<ClientGrant> grants) {
        jdbc.batchUpdate(
                "insert into console_user_client (user_id, client_id, vestigingscode) values (?, ?, ?)",
                grants.stream()
                        .distinct()
                        .map(grant -> new Object[] {userId, grant.clientId(), grant.vestigingscode()})
                        .toList());
    }

    public List<ClientGrant> grants(long userId) {
        return jdbc.query(
                "select client_id, vestigingscode from console_user_client where user_id = ? order by client_id, vestigingscode",
                (rs, row) -> new ClientGrant(rs.getString(1), rs.getString(2)),
                userId);
    }

    /** The named clients that the reference data does not have. */
    public List<String> unknownClients(Collection<ClientGrant> grants) {
        return grants.stream()
                .map(ClientGrant::clientId)
                .distinct()
                .filter(client ->
                        jdbc.queryForObject("select count(*) from client where client_id = ?", Integer.class, client)
                                == 0)
                .toList();
    }

    /** @return false when there is no such user */
    public boolean disable(String username) {
        return jdbc.update("update console_user set enabled = false where username = ?", username) == 1;
    }

    /** A new password; the count of failed logins starts again, so a locked account is open again. */
    public boolean setPassword(String username, String passwordHash) {
        return jdbc.update(
                        "update console_user set password_hash = ?, failed_logins = 0, password_changed_at = ?"
                                + " where username = ?",
                        passwordHash,
                        Timestamp.from(Instant.now()),
                        username)
                == 1;
    }

    /** The user's TOTP secret (Base32), or null while they have not enrolled. */
    public String totpSecret(String username) {
        List<String> secrets =
                jdbc.queryForList("select totp_secret from console_user where username = ?", String.class, username);
        return secrets.isEmpty() ? null : secrets.get(0);
    }

    /** Enrols the user's second factor, with the step of the code that confirmed it as used. */
    public void enrolTotp(String username, String secret, long confirmedStep) {
        jdbc.update(
                "update console_user set totp_secret = ?, totp_last_step = ? where username = ?",
                secret,
                confirmedStep,
                username);
    }

    /**
     * Uses up a time step: a code is accepted once, and never one older than the last accepted.
     *
     * @return false when this step (or a later one) was used already
     */
    public boolean useTotpStep(String username, long step) {
        return jdbc.update(
                        "update console_user set totp_last_step = ? where username = ?"
                                + " and (totp_last_step is null or totp_last_step < ?)",
                        step,
                        username,
                        step)
                == 1;
    }

    /** Forgets the user's second factor: they enrol again at their next login. */
    public boolean resetSecondFactor(String username) {
        return jdbc.update(
                        "update console_user set totp_secret = null, totp_last_step = null where username = ?",
                        username)
                == 1;
    }

    public void failedLogin(String username) {
        jdbc.update("update console_user set failed_logins = failed_logins + 1 where username = ?", username);
    }

    public void loggedIn(String username) {
        jdbc.update("update console_user set failed_logins = 0 where username = ? and failed_logins > 0", username);
    }

    private static Account map(ResultSet rs, int row) throws SQLException {
        Date validUntil = rs.getDate("valid_until");
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getInt("failed_logins"),
                validUntil == null ? null : validUntil.toLocalDate(),
                rs.getBoolean("enrolled"));
    }
}
