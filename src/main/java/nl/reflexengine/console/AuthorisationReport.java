package nl.reflexengine.console;

import java.time.LocalDate;
import java.util.List;
import nl.reflexengine.users.ClientScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Which user may see which client (or vestiging), for the clients an auditor audits. */
@Repository
public class AuthorisationReport {

    /** One grant: a user, their role and state, and one client or vestiging they may see. */
    public record Grant(
            String username,
            String role,
            boolean enabled,
            boolean locked,
            LocalDate validUntil,
            String clientId,
            String vestigingscode) {}

    private final JdbcTemplate jdbc;

    public AuthorisationReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every user's grants on the clients the auditor may see as a whole, by client, then user. */
    public List<Grant> grants(ClientScope auditor) {
        return jdbc.query(
                "select u.username, u.role, u.enabled, u.failed_logins, u.valid_until, s.client_id, s.vestigingscode"
                        + " from console_user u join console_user_client s on s.user_id = u.id where "
                        + ClientScope.grantedWholeClient("s.client_id")
                        + " order by s.client_id, s.vestigingscode, u.username",
                (rs, row) -> new Grant(
                        rs.getString("username"),
                        rs.getString("role"),
                        rs.getBoolean("enabled"),
                        rs.getInt("failed_logins") >= nl.reflexengine.users.Account.LOCKED_AFTER,
                        rs.getObject("valid_until", LocalDate.class),
                        rs.getString("client_id"),
                        rs.getString("vestigingscode")),
                auditor.userId());
    }
}
