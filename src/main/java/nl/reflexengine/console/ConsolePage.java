package nl.reflexengine.console;

import java.util.List;
import nl.reflexengine.users.Role;

/**
 * The console's pages: where each lives, its name in the menu, the roles that may read it and the roles
 * that may act on it (every POST below its path). The security rules ({@link ConsoleSecurity}) and the menu
 * are both made from this list.
 */
public enum ConsolePage {
    LAB("/lab", "Testreflex", List.of(Role.PROCESS_MANAGER), List.of(Role.PROCESS_MANAGER)),
    CLAIMS("/claims", "Claims", List.of(Role.CASE_MANAGER, Role.PROCESS_MANAGER), List.of(Role.CASE_MANAGER)),
    REJECTIONS("/rejections", "Afwijzingen", List.of(Role.PROCESS_MANAGER, Role.OPERATOR), List.of(Role.OPERATOR)),
    UWV("/uwv", "UWV-berichten", List.of(Role.OPERATOR, Role.AUDITOR), List.of(Role.OPERATOR)),
    REFERENCE(
            "/reference",
            "Referentiegegevens",
            List.of(Role.PROCESS_MANAGER, Role.OPERATOR),
            List.of(Role.PROCESS_MANAGER, Role.OPERATOR)),
    ACCESS_LOG("/access-log", "Toegangslog", List.of(Role.AUDITOR), List.of()),
    AUTHORISATIONS("/authorisations", "Autorisaties", List.of(Role.AUDITOR), List.of()),
    REPLAYS("/replays", "Replay-vergelijkingen", List.of(Role.AUDITOR), List.of());

    private final String path;
    private final String title;
    private final List<Role> readers;
    private final List<Role> actors;

    ConsolePage(String path, String title, List<Role> readers, List<Role> actors) {
        this.path = path;
        this.title = title;
        this.readers = readers;
        this.actors = actors;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public List<Role> readers() {
        return readers;
    }

    public List<Role> actors() {
        return actors;
    }

    /** The page and everything below it. */
    String pattern() {
        return path + "/**";
    }

    static String[] names(List<Role> roles) {
        return roles.stream().map(Role::name).toArray(String[]::new);
    }
}
