package nl.reflexengine.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import nl.reflexengine.privacy.PersonalData;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code export-outcomes}: writes the outcomes the engine recorded, in the replay report's columns plus
 * {@code sha256}, for {@code replay --compare-with}. It opens only the engine's database, with the engine's
 * configuration (profile, environment), on read-only connections: no migration, no reference data load, no
 * routes, so it runs beside a running engine and changes nothing.
 */
public final class ExportOutcomesLauncher {

    public static final String COMMAND = "export-outcomes";

    public static final String USAGE = ExportArguments.USAGE;

    private ExportOutcomesLauncher() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        ExportArguments arguments;
        try {
            arguments = ExportArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(COMMAND + ": " + e.getMessage());
            err.println(ExportArguments.USAGE);
            return ReplayLauncher.UNUSABLE_INPUT;
        }
        Path partial = arguments.out().resolveSibling(arguments.out().getFileName() + ".part");
        try (ConfigurableApplicationContext database = openDatabase(arguments);
                Writer writer = open(partial);
                ReplayReport export = new ReplayReport(writer, ReportColumn.SHA256)) {
            new RecordedOutcomes(database.getBean(JdbcTemplate.class))
                    .forEach(arguments, (row, sha256) -> export.add(row, sha256));
            export.close();
            Files.move(partial, arguments.out(), StandardCopyOption.REPLACE_EXISTING);
            out.println("Exported %d recorded outcomes: %s; file: %s"
                    .formatted(export.total(), export.counts(), arguments.out()));
            return ReplayLauncher.SAME;
        } catch (RuntimeException | IOException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            err.println(COMMAND + " failed: " + PersonalData.mask(cause.getMessage()));
            return ReplayLauncher.REPLAY_FAILED;
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .part file says by its name that it is not an export
            }
        }
    }

    private static Writer open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    private static ConfigurableApplicationContext openDatabase(ExportArguments arguments) {
        Map<String, Object> readOnly = Map.of(
                "spring.datasource.hikari.read-only", "true",
                "spring.datasource.hikari.maximum-pool-size", "2",
                "spring.main.lazy-initialization", "false",
                // a command line prints its result, not the connection pool's start and stop
                "logging.level.root", "WARN");
        return new SpringApplicationBuilder(DatabaseOnly.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> {
                    Map<String, Object> settings = new HashMap<>(readOnly);
                    String url = context.getEnvironment().getProperty("spring.datasource.url", "");
                    if (url.startsWith("jdbc:h2:file:")
                            && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
                        // H2 would quietly create an empty database at a mistyped path: refuse instead
                        settings.put("spring.datasource.url", url + ";IFEXISTS=TRUE");
                    }
                    context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(COMMAND, settings));
                })
                .run(arguments.settings().toArray(String[]::new));
    }

    /**
     * The engine's database and nothing else of the engine. Deliberately no stereotype annotation: neither the
     * engine's component scan nor a test's search for a configuration may pick it up.
     */
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        DataSourceAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class
    })
    static class DatabaseOnly {}
}
