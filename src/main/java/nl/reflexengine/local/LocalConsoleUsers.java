package nl.reflexengine.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.reflexengine.reference.Client;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.NewPasswords;
import nl.reflexengine.users.Role;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Local mode's console users: one per role, named after it (process-manager, case-manager, auditor,
 * operator), seeing every client, with a new password at each start. Printed once on standard output, not
 * in the log: local mode is one person's machine, and a log is kept and shipped.
 */
final class LocalConsoleUsers {

    private final AccountStore accounts;
    private final PasswordEncoder passwords;

    LocalConsoleUsers(AccountStore accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** Creates or renews the users; returns name and password of each, by role. */
    Map<String, String> renew(List<Client> clients) {
        List<ClientGrant> everyClient = new ArrayList<>();
        for (Client client : clients) {
            everyClient.add(new ClientGrant(client.id(), ""));
        }
        Map<String, String> printed = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase(Locale.ROOT).replace('_', '-');
            String password = NewPasswords.generate();
            var existing = accounts.find(name);
            if (existing.isPresent()) {
                accounts.setPassword(name, passwords.encode(password));
                accounts.replaceGrants(existing.get().id(), everyClient);
            } else {
                accounts.add(name, role, everyClient, passwords.encode(password), null);
            }
            printed.put(name, password);
        }
        return printed;
    }
}
