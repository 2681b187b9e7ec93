package nl.reflexengine.console;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.reflexengine.testing.GeneratedSection;
import nl.reflexengine.users.Role;
import org.junit.jupiter.api.Test;

/**
 * The table of pages and roles in OPERATIONS.md is generated from {@link ConsolePage}, the list the console's
 * security rules and menu are made from. Rewrite it with {@code -Dconsole-pages.write=true}.
 */
class ConsolePageCatalogueTest {

    @Test
    void thePageTableIsGeneratedFromConsolePage() throws Exception {
        GeneratedSection.check(
                Path.of("src/main/resources/OPERATIONS.md"),
                "console-pages",
                table(),
                ConsolePageCatalogueTest.class.getSimpleName());
    }

    private static String table() {
        return "| page | path | " + names(Arrays.asList(Role.values()), " | ") + " |\n| --- | --- |"
                + " --- |".repeat(Role.values().length) + "\n"
                + Arrays.stream(ConsolePage.values())
                        .map(page -> "| " + page.title() + " | `" + page.path() + "` | "
                                + Arrays.stream(Role.values())
                                        .map(role -> page.actors().contains(role)
                                                ? "acts"
                                                : page.readers().contains(role) ? "reads" : "")
                                        .collect(Collectors.joining(" | "))
                                + " |")
                        .collect(Collectors.joining("\n"));
    }

    private static String names(List<Role> roles, String separator) {
        return roles.stream().map(Role::name).collect(Collectors.joining(separator));
    }
}
