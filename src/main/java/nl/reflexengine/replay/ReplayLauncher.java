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
 * Starts the engine in its replay profile, runs one replay and says how it went. The archive, its receipt
 * manifests and the file to compare with are checked before the engine starts, so a typo costs a second,
 * not a start-up.
 */
public final class ReplayLauncher {

    public static final String COMMAND = "replay";

    public static final String USAGE = ReplayArguments.USAGE;

    /** The replay ran and found nothing different from what it was compared with (or was not compared). */
    static final int SAME = 0;

    /** The replay started but could not finish. */
    static final int REPLAY_FAILED = 1;

    /** The input could not be used. */
    static final int UNUSABLE_INPUT = 2;

    /** The replay ran, and some messages came out differently from what it was compared with. */
    static final int DIFFERENT = 3;

    private ReplayLauncher() {}

    public static int run(String[] args) {
        return run(args, System.out, System.err, System.console() != null);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, false);
    }

    static int run(String[] args, PrintStream out, PrintStream err, boolean terminal) {
        ReplayArguments arguments;
        ArchiveTree archive = null;
        ReceiptManifest manifest;
        ReplayComparison comparison;
        try {
            arguments = ReplayArguments.parse(args);
            archive = ArchiveTree.open(arguments.input());
            manifest = ReceiptManifest.read(archive);
            comparison = arguments.compareWith() == null ? null : ReplayComparison.with(arguments.compareWith());
        } catch (IllegalArgumentException e) {
            if (archive != null) {
                archive.close();
            }
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
        try (ArchiveTree open = archive;
                Writer writer = openReport(partial);
                ReplayReport report = new ReplayReport(writer);
                ConfigurableApplicationContext engine = startEngine(arguments, store)) {
            ReplayCommand command = engine.getBean(ReplayCommand.class);
            ArchiveReader reader =
                    new ArchiveReader(open, manifest, arguments.asOf(), command.folders(), command.maxMailBytes());
            Progress progress = new Progress(err, terminal, reader.deliveryBytes());
            try (InOrder<ArchivedDelivery, java.util.List<ReplayCommand.Replayed>> inOrder =
                    new InOrder<>(arguments.threads(), archived -> command.replay(archived, reader), replayed -> {
                        for (ReplayCommand.Replayed message : replayed) {
                            report.add(message.row());
                            if (comparison != null) {
                                comparison.add(message);
                            }
                            progress.message();
                        }
                    })) {
                reader.forEach(inOrder::submit, progress::read);
                inOrder.finish();
            }
            progress.finish();
            report.close();
            Files.move(partial, arguments.report(), StandardCopyOption.REPLACE_EXISTING);
            String summary = summary(report, progress, reader) + "; report: " + arguments.report();
            if (comparison == null) {
                out.println(summary);
                return SAME;
            }
            ReplayComparison.Outcome compared = comparison.finish(arguments, engine);
            out.println(summary + "; " + compared.line());
            return compared.different() ? DIFFERENT : SAME;
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

    /** Replayed 112 messages in 1.5 s (75 msg/s): ACCEPTED=38 REJECTED=67 ...; skipped 3 files */
    private static String summary(ReplayReport report, Progress progress, ArchiveReader reader) {
        String skipped = reader.skipped() == 0
                ? ""
                : reader.skipped() == 1
                        ? "; skipped 1 file that holds no message"
                        : "; skipped %d files that hold no message".formatted(reader.skipped());
        return "Replayed %d messages in %.1f s (%.0f msg/s): %s%s"
                .formatted(
                        report.total(),
                        progress.seconds(),
                        report.total() / progress.seconds(),
                        report.counts(),
                        skipped);
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
     * engine does (the same URL options). Being new, its claim numbers start at 1: two replays of one
     * archive number the same claims alike.
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
