package nl.reflexengine.console.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.reflexengine.users.ClientScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The reference data as loaded (the tables every instance loads from), for the clients in the user's scope. */
@Repository
public class ReferenceView {

    private static final String CLIENT_GRANTED = ClientScope.grantedWholeClient("t.client_id");

    /** A client with its loonheffingennummers and registered senders. */
    public record ClientRow(
            String id,
            String name,
            String loonheffingennummers,
            String senders,
            String processManagerEmail,
            String payrollSystem,
            String serviceOption) {}

    public record ContractRow(
            String code,
            String clientId,
            int year,
            String loonheffingennummer,
            String sectorNumber,
            String riskGroup) {}

    public record BranchRow(String clientId, String vestigingscode, String name, String contactPerson, String email) {}

    private final JdbcTemplate jdbc;

    public ReferenceView(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ClientRow> clients(ClientScope scope) {
        Map<String, String> numbers = listPerClient("client_loonheffingennummer", "loonheffingennummer", scope);
        Map<String, String> senders = listPerClient("client_sender", "address", scope);
        return jdbc.query(
                "select t.client_id, t.name, t.process_manager_email, t.payroll_system, t.service_option"
                        + " from client t where " + CLIENT_GRANTED + " order by t.client_id",
                (rs, row) -> new ClientRow(
                        rs.getString("client_id"),
                        rs.getString("name"),
                        numbers.get(rs.getString("client_id")),
                        senders.get(rs.getString("client_id")),
                        rs.getString("process_manager_email"),
                        rs.getString("payroll_system"),
                        rs.getString("service_option")),
                scope.userId());
    }

    /**
     * The values of a client's child table, sorted and joined with commas, per client; joined here rather than
     * in SQL, where H2 (listagg) and PostgreSQL (string_agg) name the aggregate differently.
     */
    private Map<String, String> listPerClient(String table, String column, ClientScope scope) {
        Map<String, String> lists = new HashMap<>();
        jdbc.query(
                "select t.client_id, t." + column + " from " + table + " t where " + CLIENT_GRANTED
                        + " order by t.client_id, t." + column,
                (RowCallbackHandler) rs -> lists.merge(rs.getString(1), rs.getString(2), (a, b) -> a + ", " + b),
                scope.userId());
        return lists;
    }

    public List<ContractRow> contracts(ClientScope scope) {
        return jdbc.query(
                "select t.contract_code, t.client_id, t.contract_year, t.loonheffingennummer, t.sector_number,"
                        + " t.risk_premium_group from zw_contract t where " + CLIENT_GRANTED
                        + " order by t.client_id, t.contract_code",
                (rs, row) -> new ContractRow(
                        rs.getString("contract_code"),
                        rs.getString("client_id"),
                        rs.getInt("contract_year"),
                        rs.getString("loonheffingennummer"),
                        rs.getString("sector_number"),
                        rs.getString("risk_premium_group")),
                scope.userId());
    }

    public List<BranchRow> branches(ClientScope scope) {
        return jdbc.query(
                "select t.client_id, t.vestigingscode, t.name, t.contact_person, t.feedback_email from branch t where "
                        + CLIENT_GRANTED + " order by t.client_id, t.vestigingscode",
                (rs, row) -> new BranchRow(
                        rs.getString("client_id"),
                        rs.getString("vestigingscode"),
                        rs.getString("name"),
                        rs.getString("contact_person"),
                        rs.getString("feedback_email")),
                scope.userId());
    }
}
