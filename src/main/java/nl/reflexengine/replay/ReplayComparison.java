package nl.reflexengine.replay;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.reflexengine.replay.compare.Comparison;
import nl.reflexengine.replay.compare.Manifest;
import nl.reflexengine.replay.compare.Summary;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * A replay compared, message by message as it goes, with an earlier report or an export of what the engine
 * recorded; at the end diff.csv, summary.html (and summary.pdf) beside the report, with a manifest of what
 * the replay ran with: engine version, schemas, routes, reference data, the deciding settings, the archive.
 */
final class ReplayComparison {

    /**
     * The settings that decide outcomes: claims and their deadlines, validation, the intake's limits and
     * which drop folder is the test folder.
     */
    private static final List<String> DECIDING =
            List.of("reflex.claims.", "reflex.validation.", "reflex.intake.", "reflex.sftp.test-folder");

    private final Comparison comparison;

    private ReplayComparison(Comparison comparison) {
        this.comparison = comparison;
    }

    /** Reads the file to compare with; an unusable one stops the replay before it starts. */
    static ReplayComparison with(Path before) {
        return new ReplayComparison(Comparison.against(before));
    }

    void add(ReplayCommand.Replayed message) {
        comparison.add(message.row().asMap(), message.sha256(), message.clientId());
    }

    /**
     * Writes the comparison beside the report.
     *
     * @return what it found, as the summary line says it
     */
    Outcome finish(ReplayArguments arguments, ConfigurableApplicationContext engine) {
        Comparison.Result result = comparison.finish();
        ConfigurableEnvironment environment = engine.getEnvironment();
        Manifest manifest = Manifest.builder()
                .engineVersion(version(engine))
                .folder("schemas", Path.of(environment.getRequiredProperty("reflex.validation.schema-directory")))
                .folder(
                        "routes",
                        Path.of(environment.getRequiredProperty("reflex.home")).resolve("routes"))
                .folder("reference", Path.of(environment.getRequiredProperty("reflex.reference.directory")))
                .settings(decidingSettings(environment))
                .archive(arguments.input())
                .output(arguments.report().getFileName().toString(), arguments.report())
                .build();
        Path folder = arguments.report().toAbsolutePath().getParent();
        List<Path> written = Summary.write(folder, result, manifest, arguments.pdf());
        String files = written.stream()
                .map(path -> path.getFileName().toString())
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        String line = result.hasDifferences()
                ? "%d of %d messages differ from %s (%s)"
                        .formatted(
                                result.differences().size(),
                                result.counts().compared()
                                        + result.counts().onlyBefore()
                                        + result.counts().onlyAfter(),
                                arguments.compareWith().getFileName(),
                                files)
                : "no message differs from %s (%s)"
                        .formatted(arguments.compareWith().getFileName(), files);
        return new Outcome(result.hasDifferences(), line);
    }

    /** What the comparison found. */
    record Outcome(boolean different, String line) {}

    private static String version(ConfigurableApplicationContext engine) {
        BuildProperties build = engine.getBeanProvider(BuildProperties.class).getIfAvailable();
        return build == null
                ? "reflex-engine (version unknown: not built by Maven)"
                : build.getArtifact() + " " + build.getVersion();
    }

    /** Every deciding setting as the engine resolved it, whichever source set it. */
    private static Map<String, String> decidingSettings(ConfigurableEnvironment environment) {
        Map<String, String> settings = new TreeMap<>();
        environment.getPropertySources().forEach(source -> {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (DECIDING.stream().anyMatch(name::startsWith)) {
                        settings.put(name, environment.getProperty(name));
                    }
                }
            }
        });
        return settings;
    }
}
