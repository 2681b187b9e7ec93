package nl.reflexengine.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.privacy.PersonalData;
import org.springframework.core.NestedExceptionUtils;

/**
 * {@code bench --messages N [--mailbox M] ...}: throughput and memory of the full pipeline against the
 * bare-parse limit, and the mailbox figure, on synthetic messages. Run from the project folder (it reads
 * {@code schemas/}, {@code routes/} and {@code samples/reference/}). Stores live in a temporary folder, or
 * with {@code --db postgresql://...} in schemas of their own, removed afterwards ({@link BenchStore}). Exit
 * code 0 when every message got the outcome meant for it, 1 when not or when the run failed, 2 for unusable
 * arguments.
 */
public final class BenchLauncher {

    public static final String COMMAND = "bench";

    private BenchLauncher() {}

    /** {@code java -jar reflex-engine-bench.jar bench --messages N ...}; the word bench may be left out. */
    public static void main(String[] args) {
        boolean named = args.length > 0 && COMMAND.equals(args[0]);
        System.exit(run(named ? Arrays.copyOfRange(args, 1, args.length) : args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        BenchArguments arguments;
        try {
            arguments = BenchArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("bench: " + e.getMessage());
            err.println(BenchArguments.USAGE);
            return 2;
        }
        BenchStore store = null;
        try {
            BenchResults.checkAppendable(arguments.csv()); // before minutes of measuring, not after
            store = BenchStore.open(arguments.database(), err);
            BenchResults results = measure(arguments, store, err);
            results.print(out);
            results.append(arguments.csv());
            err.println("bench: figures appended to " + arguments.csv().toAbsolutePath());
            return asExpected(arguments, results) ? 0 : 1;
        } catch (Exception e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            err.println("bench failed: " + PersonalData.mask(String.valueOf(cause)));
            // synthetic BSNs are still BSN-shaped: the trace is masked like every log line
            PersonalData.sanitized(e).printStackTrace(err);
            return 1;
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    private static BenchResults measure(BenchArguments arguments, BenchStore store, PrintStream progress)
            throws Exception {
        long began = System.nanoTime();
        Path home = Path.of(System.getProperty("reflex.home", System.getProperty("user.dir")));
        SyntheticReports reports =
                SyntheticReports.fromReferenceDirectory(home.resolve("samples/reference"), arguments.seed());
        BenchResults results = new BenchResults();
        results.put("timestamp", Instant.now().truncatedTo(ChronoUnit.SECONDS));
        results.put("java", System.getProperty("java.version"));
        results.put("cores", Runtime.getRuntime().availableProcessors());
        results.put("max_heap_mb", ResourceMeter.maxHeapMb());
        results.put("load_avg_at_start", ResourceMeter.loadAverage());
        results.put("seed", arguments.seed());
        results.put("threads", arguments.threads());
        results.put("warmup", arguments.warmup());
        results.put("db", arguments.database().description());
        if (arguments.database() instanceof BenchDatabase.H2 h2) {
            results.put("db_options", h2.options());
        }
        results.put("durability", arguments.durableEachMessage() ? "message" : "run");

        if (arguments.messages() > 0) {
            int n = arguments.messages();
            results.put("messages", n);
            progress.printf("bench: bare loop, %d messages on %d threads%n", n, arguments.threads());
            BareLimit bare = new BareLimit(home.resolve("schemas"), store.place("bare"), arguments);
            if (arguments.warmup() > 0) {
                new BareLimit(home.resolve("schemas"), store.place("bare_warmup"), arguments)
                        .run(reports.withSeed(arguments.seed() + 1), arguments.warmup(), 1);
            }
            BareLimit.Result bareResult = bare.run(reports, n, arguments.threads());
            double bareRate = n / seconds(bareResult.run().elapsedNanos());
            results.put("bare_msgs_per_s", bareRate);
            results.put("bare_elapsed_s", seconds(bareResult.run().elapsedNanos()));
            results.put("bare_alloc_bytes_per_msg", bareResult.usage().allocatedBytes() / n);
            results.put("bare_peak_heap_mb", bareResult.usage().peakHeapMb());
            results.put("bare_cpu_ms_per_msg", bareResult.usage().cpuNanos() / 1e6 / n);

            progress.printf("bench: pipeline, %d messages on %d threads%n", n, arguments.threads());
            PipelineRun.Result pipeline = new PipelineRun(arguments)
                    .run(reports, reports.withSeed(arguments.seed() + 1), store.place("pipeline"));
            double rate = n / seconds(pipeline.run().elapsedNanos());
            long[] latencies = pipeline.run().latencyNanos().clone();
            Arrays.sort(latencies);
            results.put("accepted", pipeline.outcomes().get(Outcome.ACCEPTED));
            results.put("rejected", pipeline.outcomes().get(Outcome.REJECTED));
            results.put("test_passed", pipeline.outcomes().get(Outcome.TEST_PASSED));
            results.put("test_rejected", pipeline.outcomes().get(Outcome.TEST_REJECTED));
            results.put("unexpected_outcomes", pipeline.unexpected());
            results.put("pipeline_msgs_per_s", rate);
            results.put("pipeline_elapsed_s", seconds(pipeline.run().elapsedNanos()));
            results.put("ratio", rate / bareRate);
            results.put("pipeline_p50_ms", millis(percentile(latencies, 50)));
            results.put("pipeline_p99_ms", millis(percentile(latencies, 99)));
            results.put("pipeline_max_ms", millis(latencies[latencies.length - 1]));
            results.put("peak_heap_mb", pipeline.usage().peakHeapMb());
            results.put("retained_heap_mb", pipeline.usage().retainedHeapMb());
            results.put("old_gen_peak_mb", pipeline.usage().oldGenPeakMb());
            results.put("alloc_bytes_per_msg", pipeline.usage().allocatedBytes() / n);
            results.put("pipeline_cpu_ms_per_msg", pipeline.usage().cpuNanos() / 1e6 / n);
            if (pipeline.diskWrites() != null) {
                results.put("pipeline_disk_writes", pipeline.diskWrites());
            }
            results.put("claims", pipeline.stored().get("claim"));
            results.put("action_points", pipeline.stored().get("action_point"));
            results.put("uwv_messages", pipeline.stored().get("uwv_outbox"));
            results.put("mails_queued", pipeline.stored().get("mail_outbox"));
            results.put("engine_start_s", pipeline.startSeconds());
        }

        if (arguments.mailbox() > 0) {
            progress.printf("bench: mailbox, %d mails%n", arguments.mailbox());
            MailboxRun.Result mailbox = new MailboxRun(arguments)
                    .run(reports, Files.createDirectories(store.folder().resolve("mailbox")), store.place("mailbox"));
            results.put("mailbox_mails", mailbox.mails());
            results.put("mailbox_seconds", mailbox.seconds());
            results.put("mailbox_msgs_per_s", mailbox.mails() / mailbox.seconds());
            results.put("mailbox_complete", mailbox.complete());
            results.put("mailbox_mails_sent", mailbox.mailsSent());
        }
        results.put("elapsed_s", seconds(System.nanoTime() - began));
        return results;
    }

    private static boolean asExpected(BenchArguments arguments, BenchResults results) {
        return results.isTrue("mailbox_complete", arguments.mailbox() == 0)
                && results.isZero("unexpected_outcomes", arguments.messages() == 0);
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
