package nl.reflexengine.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The reference data in memory, indexed the way messages look it up. A reload replaces the data as a whole
 * ({@link #replace}); one message's lookups all answer from one version of it ({@link #snapshot}). Every
 * lookup below a client is scoped by that client's id, so one client's contracts and branches can never
 * answer for another's.
 */
public final class ReferenceCatalog {

    private final AtomicReference<Indexed> current;

    public ReferenceCatalog(ReferenceData data) {
        this(data, 0);
    }

    /** @param version the database's count of loads ({@code reference_version}) this data came from */
    public ReferenceCatalog(ReferenceData data, long version) {
        this.current = new AtomicReference<>(new Indexed(data, version));
    }

    private ReferenceCatalog(Indexed fixed) {
        this.current = new AtomicReference<>(fixed);
    }

    /**
     * From now on, lookups answer from this data, unless newer data is in use already (a slower reload or a
     * follow that lost a race never puts an older version back).
     */
    public void replace(ReferenceData data, long version) {
        Indexed next = new Indexed(data, version);
        current.accumulateAndGet(next, (held, offered) -> offered.version >= held.version ? offered : held);
    }

    /** The data as it is now, fixed: for the lookups of one message. */
    public ReferenceCatalog snapshot() {
        return new ReferenceCatalog(current.get());
    }

    public long version() {
        return current.get().version;
    }

    public ReferenceData data() {
        return current.get().data;
    }

    public Optional<Client> clientByLoonheffingennummer(String loonheffingennummer) {
        return Optional.ofNullable(current.get().clientsByLoonheffingennummer.get(loonheffingennummer));
    }

    public Optional<Client> clientById(String clientId) {
        return clientId == null
                ? Optional.empty()
                : data().clients().stream().filter(c -> c.id().equals(clientId)).findFirst();
    }

    public Optional<Client> clientBySender(String address) {
        return address == null
                ? Optional.empty()
                : Optional.ofNullable(
                        current.get().clientsBySender.get(address.trim().toLowerCase(Locale.ROOT)));
    }

    public Optional<ZwContract> contract(String clientId, String contractCode) {
        return Optional.ofNullable(current.get().contracts.get(key(clientId, contractCode)));
    }

    public List<ZwContract> contractsFor(String clientId, String loonheffingennummer) {
        return data().contracts().stream()
                .filter(c ->
                        c.clientId().equals(clientId) && c.loonheffingennummer().equals(loonheffingennummer))
                .toList();
    }

    public Optional<Branch> branch(String clientId, String vestigingscode) {
        return Optional.ofNullable(current.get().branches.get(key(clientId, vestigingscode)));
    }

    private static String key(String clientId, String code) {
        return clientId + "\u0000" + code;
    }

    /** One version of the data with its indexes; never changed once built. */
    private static final class Indexed {
        final ReferenceData data;
        final long version;
        final Map<String, Client> clientsByLoonheffingennummer = new HashMap<>();
        final Map<String, Client> clientsBySender = new HashMap<>();
        final Map<String, ZwContract> contracts = new HashMap<>();
        final Map<String, Branch> branches = new HashMap<>();

        Indexed(ReferenceData data, long version) {
            this.data = data;
            this.version = version;
            for (Client client : data.clients()) {
                client.loonheffingennummers().forEach(lhn -> clientsByLoonheffingennummer.put(lhn, client));
                client.senderAddresses().forEach(address -> clientsBySender.put(address, client));
            }
            data.contracts().forEach(c -> contracts.put(key(c.clientId(), c.code()), c));
            data.branches().forEach(b -> branches.put(key(b.clientId(), b.vestigingscode()), b));
        }
    }
}
