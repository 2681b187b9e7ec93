package nl.reflexengine.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import nl.reflexengine.OneOffEngine;
import nl.reflexengine.durability.StoreOptions;
import nl.reflexengine.privacy.PersonalData;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.util.FileSystemUtils;

/**
 * Starts the engine in its replay profile, runs one replay and says how it went. The input and report are
 * checked before the engine starts, so a typo costs a second, not a start-up.
 */
public final class ReplayLauncher {

    public static final String COMMAND = "replay";

    /** The input could not be used: exit code 2. The replay started but could not finish: exit code 1. */
    static final int UNUSABLE_INPUT = 2;

    static final int REPLAY_FAILED = 1;

    private ReplayLauncher() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        ReplayArguments arguments;
        ReplaySource source;
        try {
            arguments = ReplayArguments.parse(args);
            source = ReplaySource.open(arguments.input());
        } catch (IllegalArgumentException e) {
            err.println("replay: " + e.getMessage());
            err.println(ReplayArguments.USAGE);
            return UNUSABLE_INPUT;
        }
        Path store;
        try {
            store = Files.createTempDirectory("reflex-replay-");
        } catch (IOException e) {
            err.println("replay: cannot create a temporary store: " + e.getMessage());
            return REPLAY_FAILED;
        }
        // the report appears under its name only when the replay finished: never half a report
        Path partial = arguments.report().resolveSibling(arguments.report().getFileName() + ".part");
        try (source;
                Writer writer = openReport(partial);
                ReplayReport report = new ReplayReport(writer);
                ConfigurableApplicationContext engine = startEngine(arguments, store)) {
            String summary = engine.getBean(ReplayCommand.class).replay(source, report, err);
            report.close();
            Files.move(partial, arguments.report(), StandardCopyOption.REPLACE_EXISTING);
            out.println(summary + "; report: " + arguments.report());
            return 0;
        } catch (ReportNotWritable e) {
            err.println("replay: " + e.getMessage());
            return UNUSABLE_INPUT;
        } catch (RuntimeException | IOException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            err.println("replay failed: " + PersonalData.mask(cause.getMessage()));
            return REPLAY_FAILED;
        } finally {
            deleteQuietly(partial);
            FileSystemUtils.deleteRecursively(store.toFile());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover .part file says by its name that it is not a report
        }
    }

    private static Writer openReport(Path report) {
        try {
            Path parent = report.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.newBufferedWriter(report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ReportNotWritable("cannot write the report " + report.toAbsolutePath() + ": " + e.getMessage());
        }
    }

    /**
     * The dry run's store is an H2 file in a temporary folder, so long archives do not fill the heap; like
     * the switched-off channels it is enforced over every other configuration source. It stores as the
     * engine does (the same URL options).
     */
    private static ConfigurableApplicationContext startEngine(ReplayArguments arguments, Path store) {
        Map<String, Object> throwAwayStore = Map.of(
                "spring.datasource.url",
                        "jdbc:h2:file:" + store.resolve("replay").toAbsolutePath() + StoreOptions.engineDefaults(),
                "spring.datasource.username", "replay",
                "spring.datasource.password", "");
        return OneOffEngine.start(arguments.settings().toArray(String[]::new), throwAwayStore, "replay");
    }

    private static final class ReportNotWritable extends RuntimeException {
        ReportNotWritable(String message) {
            super(message);
        }
    }
}
