package nl.reflexengine.replay;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.reflexengine.ReflexEngineApplication;
import nl.reflexengine.audit.PersonalData;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

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
        try (source;
                Writer writer = openReport(arguments.report());
                ReplayReport report = new ReplayReport(writer);
                ConfigurableApplicationContext engine = startEngine(arguments)) {
            String summary = engine.getBean(ReplayCommand.class).replay(source, report, err);
            out.println(summary + "; report: " + arguments.report());
            return 0;
        } catch (ReportNotWritable e) {
            err.println("replay: " + e.getMessage());
            return UNUSABLE_INPUT;
        } catch (RuntimeException | IOException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            err.println("replay failed: " + PersonalData.mask(cause.getMessage()));
            return REPLAY_FAILED;
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

    private static ConfigurableApplicationContext startEngine(ReplayArguments arguments) {
        return new SpringApplicationBuilder(ReflexEngineApplication.class)
                .profiles("replay")
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(arguments.settings().toArray(String[]::new));
    }

    private static final class ReportNotWritable extends RuntimeException {
        ReportNotWritable(String message) {
            super(message);
        }
    }
}
