package nl.reflexengine.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The reference data in memory, indexed the way messages look it up. Immutable: a reload builds a new
 * catalog. Every lookup below a client is scoped by that client's id, so one client's contracts and
 * branches can never answer for another's.
 */
public final class ReferenceCatalog {

    private final ReferenceData data;
    private final Map<String, Client> clientsByLoonheffingennummer = new HashMap<>();
    private final Map<String, Client> clientsBySender = new HashMap<>();
    private final Map<String, ZwContract> contracts = new HashMap<>();
    private final Map<String, Branch> branches = new HashMap<>();

    public ReferenceCatalog(ReferenceData data) {
        this.data = data;
        for (Client client : data.clients()) {
            client.loonheffingennummers().forEach(lhn -> clientsByLoonheffingennummer.put(lhn, client));
            client.senderAddresses().forEach(address -> clientsBySender.put(address, client));
        }
        data.contracts().forEach(c -> contracts.put(key(c.clientId(), c.code()), c));
        data.branches().forEach(b -> branches.put(key(b.clientId(), b.vestigingscode()), b));
    }

    public ReferenceData data() {
        return data;
    }

    public Optional<Client> clientByLoonheffingennummer(String loonheffingennummer) {
        return Optional.ofNullable(clientsByLoonheffingennummer.get(loonheffingennummer));
    }

    public Optional<Client> clientById(String clientId) {
        return clientId == null
                ? Optional.empty()
                : data.clients().stream().filter(c -> c.id().equals(clientId)).findFirst();
    }

    public Optional<Client> clientBySender(String address) {
        return address == null
                ? Optional.empty()
                : Optional.ofNullable(clientsBySender.get(address.trim().toLowerCase(Locale.ROOT)));
    }

    public Optional<ZwContract> contract(String clientId, String contractCode) {
        return Optional.ofNullable(contracts.get(key(clientId, contractCode)));
    }

    public List<ZwContract> contractsFor(String clientId, String loonheffingennummer) {
        return data.contracts().stream()
                .filter(c ->
                        c.clientId().equals(clientId) && c.loonheffingennummer().equals(loonheffingennummer))
                .toList();
    }

    public Optional<Branch> branch(String clientId, String vestigingscode) {
        return Optional.ofNullable(branches.get(key(clientId, vestigingscode)));
    }

    private static String key(String clientId, String code) {
        return clientId + "\u0000" + code;
    }
}
