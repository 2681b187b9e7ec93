package nl.reflexengine.console.reference;

import java.util.List;
import nl.reflexengine.users.ClientScope;
import org.springframework.jdbc.core.JdbcTemplate;
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
        return jdbc.query(
                "select t.client_id, t.name, t.process_manager_email, t.payroll_system, t.service_option,"
                        + " (select listagg(l.loonheffingennummer, ', ') within group (order by l.loonheffingennummer)"
                        + " from client_loonheffingennummer l where l.client_id = t.client_id) as numbers,"
                        + " (select listagg(s.address, ', ') within group (order by s.address)"
                        + " from client_sender s where s.client_id = t.client_id) as senders"
                        + " from client t where " + CLIENT_GRANTED + " order by t.client_id",
                (rs, row) -> new ClientRow(
                        rs.getString("client_id"),
                        rs.getString("name"),
                        rs.getString("numbers"),
                        rs.getString("senders"),
                        rs.getString("process_manager_email"),
                        rs.getString("payroll_system"),
                        rs.getString("service_option")),
                scope.userId());
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
