package nl.reflexengine.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.reflexengine.report.rules.Identifiers;
import org.springframework.stereotype.Component;

/**
 * Reads clients.csv, contracts.csv and branches.csv and checks that they agree with each other, so that
 * a message is never judged against half a registration.
 */
@Component
public class ReferenceDataLoader {

    static final String CLIENTS = "clients.csv";
    static final String CONTRACTS = "contracts.csv";
    static final String BRANCHES = "branches.csv";

    static final List<String> CLIENT_COLUMNS = List.of(
            "client_id",
            "name",
            "loonheffingennummers",
            "sector",
            "risk_premium_group",
            "contract_group",
            "service_option",
            "framework_contract_name",
            "framework_contract_code",
            "sender_addresses",
            "process_manager_email",
            "payroll_system");
    static final List<String> CONTRACT_COLUMNS = List.of(
            "contract_code",
            "client_id",
            "year",
            "loonheffingennummer",
            "sector_number",
            "risk_premium_group",
            "guidance_during_employment",
            "employer_supplies_wages");
    static final List<String> BRANCH_COLUMNS =
            List.of("client_id", "vestigingscode", "name", "contact_person", "phone", "feedback_email");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_\\-]{1,30}");
    private static final String LHN = "a loonheffingennummer (9 digits, L, 2 digits, e.g. 123456789L01)";

    public ReferenceData load(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new ReferenceDataException("reference directory " + directory.toAbsolutePath() + " does not exist");
        }
        List<CsvTable.Row> clientRows = rows(directory, CLIENTS, CLIENT_COLUMNS);
        List<Client> clients =
                clientRows.stream().map(ReferenceDataLoader::client).toList();
        Map<String, Client> clientsById = indexClients(clientRows, clients);

        List<CsvTable.Row> contractRows = rows(directory, CONTRACTS, CONTRACT_COLUMNS);
        List<ZwContract> contracts =
                contractRows.stream().map(ReferenceDataLoader::contract).toList();
        checkContracts(contractRows, contracts, clientsById);

        List<CsvTable.Row> branchRows = rows(directory, BRANCHES, BRANCH_COLUMNS);
        List<Branch> branches =
                branchRows.stream().map(ReferenceDataLoader::branch).toList();
        checkBranches(branchRows, branches, clientsById);
        return new ReferenceData(clients, contracts, branches);
    }

    private static List<CsvTable.Row> rows(Path directory, String file, List<String> columns) {
        return CsvTable.read(directory, file, columns).rows();
    }

    private static Client client(CsvTable.Row row) {
        return new Client(
                row.required("client_id", CODE.asMatchPredicate(), "a code of letters, digits, - and _"),
                row.required("name"),
                row.list("loonheffingennummers", Identifiers::isLoonheffingennummer, LHN),
                row.optional("sector"),
                row.optional("risk_premium_group"),
                row.optional("contract_group"),
                row.optional("service_option"),
                row.optional("framework_contract_name"),
                row.optional("framework_contract_code"),
                row.list("sender_addresses", EMAIL.asMatchPredicate(), "an e-mail address").stream()
                        .map(String::toLowerCase)
                        .toList(),
                row.required("process_manager_email", EMAIL.asMatchPredicate(), "an e-mail address"),
                row.required("payroll_system"));
    }

    private static ZwContract contract(CsvTable.Row row) {
        return new ZwContract(
                row.required("contract_code", CODE.asMatchPredicate(), "a code of letters, digits, - and _"),
                row.required("client_id"),
                row.integer("year"),
                row.required("loonheffingennummer", Identifiers::isLoonheffingennummer, LHN),
                row.optional("sector_number"),
                row.optional("risk_premium_group"),
                row.bool("guidance_during_employment"),
                row.bool("employer_supplies_wages"));
    }

    private static Branch branch(CsvTable.Row row) {
        return new Branch(
                row.required("client_id"),
                row.required("vestigingscode", CODE.asMatchPredicate(), "a code of letters, digits, - and _"),
                row.required("name"),
                row.optional("contact_person"),
                row.optional("phone"),
                row.required("feedback_email", EMAIL.asMatchPredicate(), "an e-mail address"));
    }

    private static Map<String, Client> indexClients(List<CsvTable.Row> rows, List<Client> clients) {
        Map<String, Client> byId = new HashMap<>();
        Map<String, String> lhnOwner = new HashMap<>();
        Map<String, String> senderOwner = new HashMap<>();
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            CsvTable.Row row = rows.get(i);
            if (byId.putIfAbsent(client.id(), client) != null) {
                throw row.error("client_id", "client " + client.id() + " appears twice");
            }
            for (String lhn : client.loonheffingennummers()) {
                String owner = lhnOwner.putIfAbsent(lhn, client.id());
                if (owner != null) {
                    throw row.error("loonheffingennummers", lhn + " already belongs to client " + owner);
                }
            }
            for (String sender : client.senderAddresses()) {
                String owner = senderOwner.putIfAbsent(sender, client.id());
                if (owner != null) {
                    throw row.error("sender_addresses", sender + " already belongs to client " + owner);
                }
            }
        }
        return byId;
    }

    private static void checkContracts(
            List<CsvTable.Row> rows, List<ZwContract> contracts, Map<String, Client> clients) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < contracts.size(); i++) {
            ZwContract contract = contracts.get(i);
            CsvTable.Row row = rows.get(i);
            Client client = clients.get(contract.clientId());
            if (client == null) {
                throw row.error("client_id", "client " + contract.clientId() + " is not in " + CLIENTS);
            }
            if (!client.loonheffingennummers().contains(contract.loonheffingennummer())) {
                throw row.error(
                        "loonheffingennummer",
                        contract.loonheffingennummer() + " is not a loonheffingennummer of client " + client.id());
            }
            if (!codes.add(contract.code())) {
                throw row.error("contract_code", "contract " + contract.code() + " appears twice");
            }
        }
    }

    private static void checkBranches(List<CsvTable.Row> rows, List<Branch> branches, Map<String, Client> clients) {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < branches.size(); i++) {
            Branch branch = branches.get(i);
            CsvTable.Row row = rows.get(i);
            if (!clients.containsKey(branch.clientId())) {
                throw row.error("client_id", "client " + branch.clientId() + " is not in " + CLIENTS);
            }
            if (!keys.add(branch.clientId() + "/" + branch.vestigingscode())) {
                throw row.error(
                        "vestigingscode",
                        "vestigingscode " + branch.vestigingscode() + " appears twice for client " + branch.clientId());
            }
        }
    }
}
