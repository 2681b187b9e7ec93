package nl.reflexengine.console;

import java.util.List;
import nl.reflexengine.users.Role;

/**
 * The console's pages: where each lives, its name in the menu, and the roles that may open it. The
 * security rules ({@link ConsoleSecurity}) and the menu are both made from this list.
 */
public enum ConsolePage {
    CLAIMS("/claims", "Claims", Role.CASE_MANAGER, Role.PROCESS_MANAGER),
    ACCESS_LOG("/access-log", "Toegangslog", Role.AUDITOR);

    private final String path;
    private final String title;
    private final List<Role> roles;

    ConsolePage(String path, String title, Role... roles) {
        this.path = path;
        this.title = title;
        this.roles = List.of(roles);
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public List<Role> roles() {
        return roles;
    }

    /** The page and everything below it. */
    String pattern() {
        return path + "/**";
    }

    String[] roleNames() {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
