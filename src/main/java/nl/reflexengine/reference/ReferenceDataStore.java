package nl.reflexengine.reference;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the database copy of the reference data equal to the files: replaced as a whole, in one
 * transaction, at every start. The files are the source of truth; the tables serve queries and reports.
 */
@Component
class ReferenceDataStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    ReferenceDataStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    void replaceAll(ReferenceData data) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from branch");
            jdbc.update("delete from zw_contract");
            jdbc.update("delete from client_sender");
            jdbc.update("delete from client_loonheffingennummer");
            jdbc.update("delete from client");
            for (Client c : data.clients()) {
                jdbc.update(
                        "insert into client (client_id, name, sector, risk_premium_group, contract_group, service_option,"
                                + " framework_contract_name, framework_contract_code, process_manager_email, payroll_system)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        c.id(),
                        c.name(),
                        c.sector(),
                        c.riskPremiumGroup(),
                        c.contractGroup(),
                        c.serviceOption(),
                        c.frameworkContractName(),
                        c.frameworkContractCode(),
                        c.processManagerEmail(),
                        c.payrollSystem());
                batch(
                        "insert into client_loonheffingennummer (client_id, loonheffingennummer) values (?, ?)",
                        c.id(),
                        c.loonheffingennummers());
                batch("insert into client_sender (client_id, address) values (?, ?)", c.id(), c.senderAddresses());
            }
            for (ZwContract c : data.contracts()) {
                jdbc.update(
                        "insert into zw_contract (contract_code, client_id, contract_year, loonheffingennummer, sector_number,"
                                + " risk_premium_group, guidance_during_employment, employer_supplies_wages)"
                                + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                        c.code(),
                        c.clientId(),
                        c.year(),
                        c.loonheffingennummer(),
                        c.sectorNumber(),
                        c.riskPremiumGroup(),
                        c.guidanceDuringEmployment(),
                        c.employerSuppliesWages());
            }
            for (Branch b : data.branches()) {
                jdbc.update(
                        "insert into branch (client_id, vestigingscode, name, contact_person, phone, feedback_email)"
                                + " values (?, ?, ?, ?, ?, ?)",
                        b.clientId(),
                        b.vestigingscode(),
                        b.name(),
                        b.contactPerson(),
                        b.phone(),
                        b.feedbackEmail());
            }
        });
    }

    private void batch(String sql, String clientId, List<String> values) {
        jdbc.batchUpdate(
                sql, values.stream().map(v -> new Object[] {clientId, v}).toList());
    }
}
