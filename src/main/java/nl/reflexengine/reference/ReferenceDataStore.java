package nl.reflexengine.reference;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the database copy of the reference data equal to the files: replaced as a whole, in one
 * transaction, at every start and every reload, each time counting up {@code reference_version}. The files
 * are the source of truth; the tables serve queries, reports and the instances that did not read the files
 * themselves ({@link #read}).
 */
@Component
class ReferenceDataStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate snapshot;

    ReferenceDataStore(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        // a read sees one load whole, even while another instance commits the next one between its statements
        // (read committed, the default of H2 and PostgreSQL, would let it see the version before and the
        // tables after)
        this.snapshot = new TransactionTemplate(Objects.requireNonNull(transaction.getTransactionManager()));
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /** One load as the database holds it. */
    record Loaded(ReferenceData data, long version) {}

    /**
     * Replaces the tables with this data and counts the load.
     *
     * @param source where the data was read (the folder), for the operators
     * @return the version of the data now in the tables
     */
    long replaceAll(ReferenceData data, String source) {
        return transaction.execute(status -> {
            // one load at a time, across instances: the second waits for the first, then replaces it whole
            jdbc.queryForObject("select version from reference_version where id = 1 for update", Long.class);
            writeAll(data);
            jdbc.update(
                    "update reference_version set version = version + 1, loaded_at = ?, source = ? where id = 1",
                    Timestamp.from(Instant.now()),
                    source);
            return version();
        });
    }

    /** The version of the data in the tables. */
    long version() {
        return jdbc.queryForObject("select version from reference_version where id = 1", Long.class);
    }

    /** The data in the tables, with its version, read in one transaction. */
    Loaded read() {
        return snapshot.execute(status -> {
            long version = version();
            Map<String, List<String>> numbers =
                    byClient("select client_id, loonheffingennummer from client_loonheffingennummer order by client_id,"
                            + " loonheffingennummer");
            Map<String, List<String>> senders =
                    byClient("select client_id, address from client_sender order by client_id, address");
            List<Client> clients = jdbc.query(
                    "select * from client order by client_id",
                    (rs, row) -> new Client(
                            rs.getString("client_id"),
                            rs.getString("name"),
                            numbers.getOrDefault(rs.getString("client_id"), List.of()),
                            rs.getString("sector"),
                            rs.getString("risk_premium_group"),
                            rs.getString("contract_group"),
                            rs.getString("service_option"),
                            rs.getString("framework_contract_name"),
                            rs.getString("framework_contract_code"),
                            senders.getOrDefault(rs.getString("client_id"), List.of()),
                            rs.getString("process_manager_email"),
                            rs.getString("payroll_system")));
            List<ZwContract> contracts = jdbc.query(
                    "select * from zw_contract order by contract_code",
                    (rs, row) -> new ZwContract(
                            rs.getString("contract_code"),
                            rs.getString("client_id"),
                            rs.getInt("contract_year"),
                            rs.getString("loonheffingennummer"),
                            rs.getString("sector_number"),
                            rs.getString("risk_premium_group"),
                            rs.getBoolean("guidance_during_employment"),
                            rs.getBoolean("employer_supplies_wages")));
            List<Branch> branches = jdbc.query(
                    "select * from branch order by client_id, vestigingscode",
                    (rs, row) -> new Branch(
                            rs.getString("client_id"),
                            rs.getString("vestigingscode"),
                            rs.getString("name"),
                            rs.getString("contact_person"),
                            rs.getString("phone"),
                            rs.getString("feedback_email")));
            return new Loaded(new ReferenceData(clients, contracts, branches), version);
        });
    }

    private Map<String, List<String>> byClient(String sql) {
        Map<String, List<String>> values = new HashMap<>();
        jdbc.query(sql, rs -> {
            values.computeIfAbsent(rs.getString(1), client -> new ArrayList<>()).add(rs.getString(2));
        });
        return values;
    }

    private void writeAll(ReferenceData data) {
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
    }

    private void batch(String sql, String clientId, List<String> values) {
        jdbc.batchUpdate(
                sql, values.stream().map(v -> new Object[] {clientId, v}).toList());
    }
}
