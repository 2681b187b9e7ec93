package nl.reflexengine;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages depend on each other in one direction only: down this list. A package may use
 * every package below it and none above it; packages on one line do not use each other. The direction:
 * the commands start the application, and the console acts through the features; the pipeline (the message on its way) drives the features; the
 * features use the canonical model and the small shared pieces at the bottom.
 */
class PackageDependenciesTest {

    static final List<List<String>> TOP_DOWN = List.of(
            List.of("cli"), // the jar's entry point
            List.of("console"), // the console's pages: they act through the features, reprocessing included
            List.of("replay", "reprocess", "requeue"), // one-off commands
            List.of(""), // the application itself (ReflexEngineApplication, OneOffEngine)
            List.of("local", "operations"), // local mode's servers and console users, HTTP access
            List.of("pipeline"), // the message on its way: step adapters, the outcome and what it causes
            List.of("confirmation", "rejection"), // the mails an outcome causes
            List.of("uwv"), // what UWV must receive
            List.of("mail"), // the mail outbox
            List.of("claims"), // claim decisions and their store
            List.of("audit"), // the audit store and content identity
            List.of("intake"), // the channels: mailbox, SFTP drops
            List.of("mapping"), // wire formats to the canonical model
            List.of("validation"), // format detection, schemas, business rules
            List.of("enrichment"), // reference data a report names
            List.of("reference"), // clients, contracts, branches
            List.of("report"), // the canonical sick report and its invariants
            List.of("users"), // console users, their roles and the clients each may see
            List.of("outbox"), // one outbox mechanism
            List.of("cluster", "durability", "privacy", "violation", "wire")); // shared by all

    static final JavaClasses ENGINE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.reflexengine");

    @Test
    void noPackageCycles() {
        slices().matching("nl.reflexengine.(*)..")
                .should()
                .beFreeOfCycles()
                .because("dependencies between packages go one way: see TOP_DOWN")
                .check(ENGINE);
    }

    @Test
    void dependenciesPointDownTheList() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> line : TOP_DOWN) {
            for (String name : line) {
                layers = layers.layer(layer(name)).definedBy(packageOf(name));
            }
        }
        for (int line = 0; line < TOP_DOWN.size(); line++) {
            String[] below = TOP_DOWN.subList(line + 1, TOP_DOWN.size()).stream()
                    .flatMap(List::stream)
                    .map(PackageDependenciesTest::layer)
                    .toArray(String[]::new);
            for (String name : TOP_DOWN.get(line)) {
                layers = below.length == 0
                        ? layers.whereLayer(layer(name)).mayNotAccessAnyLayer()
                        : layers.whereLayer(layer(name)).mayOnlyAccessLayers(below);
            }
        }
        layers.because("a package uses only the packages below it in TOP_DOWN").check(ENGINE);
    }

    @Test
    void everyPackageHasItsPlace() {
        List<String> placed = TOP_DOWN.stream().flatMap(List::stream).toList();
        List<String> unplaced = ENGINE.stream()
                .map(javaClass -> javaClass.getPackageName())
                .map(name -> name.equals("nl.reflexengine") ? "" : name.substring("nl.reflexengine.".length()))
                .map(name -> name.contains(".") ? name.substring(0, name.indexOf('.')) : name)
                .filter(name -> !placed.contains(name))
                .distinct()
                .toList();
        org.assertj.core.api.Assertions.assertThat(unplaced)
                .as("packages missing from TOP_DOWN")
                .isEmpty();
    }

    /** The README's package table is this list, in this order: a reader learns the direction there. */
    @Test
    void theReadmeListsThePackagesInThisOrder() throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of("README.md"));
        int table = lines.indexOf(
                "The packages, top to bottom; each uses only packages below it (`PackageDependenciesTest` checks it):");
        List<List<String>> readme = lines.stream()
                .skip(table + 4) // the line, a blank line, the header, the rule
                .takeWhile(line -> line.startsWith("| "))
                .map(line -> line.substring(2, line.indexOf(" |", 2)))
                .map(cell -> cell.equals("(root)")
                        ? List.of("")
                        : java.util.Arrays.stream(cell.split(", "))
                                .map(name -> name.replace("`", ""))
                                .toList())
                .toList();
        org.assertj.core.api.Assertions.assertThat(table)
                .as("the package table in README.md")
                .isPositive();
        org.assertj.core.api.Assertions.assertThat(readme.stream().flatMap(List::stream))
                .containsExactlyElementsOf(
                        TOP_DOWN.stream().flatMap(List::stream).toList());
    }

    private static String layer(String name) {
        return name.isEmpty() ? "application" : name;
    }

    private static String packageOf(String name) {
        return name.isEmpty() ? "nl.reflexengine" : "nl.reflexengine." + name + "..";
    }
}
