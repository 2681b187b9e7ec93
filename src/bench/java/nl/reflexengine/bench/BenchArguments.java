package nl.reflexengine.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflexengine.durability.StoreOptions;

/**
 * The bench command line. Options of the benchmark itself take a value ({@code --messages 1000} or
 * {@code --messages=1000}); any other {@code --name=value} is engine configuration.
 *
 * @param messages how many synthetic messages go through the bare loop and the pipeline (0: skip both)
 * @param mailbox how many mails are preloaded for the mailbox figure (0: skip it)
 * @param threads how many threads feed the bare loop and the pipeline
 * @param warmup messages sent through each before measuring (another seed, not counted)
 * @param database H2 files (default; {@code --db-options} appended to their URL) or {@code --db postgresql://...}
 * @param durableEachMessage whether each message is on disk before the next counts (as the mail and SFTP
 *     channels make it before they let go of a mail or file), or the run is once at its end (as a replay)
 * @param engineSettings {@code --name=value} for the engine: the benchmark's quiet logging, then the user's
 */
record BenchArguments(
        int messages,
        int mailbox,
        Path csv,
        long seed,
        int threads,
        int warmup,
        BenchDatabase database,
        boolean durableEachMessage,
        int mailboxTimeoutSeconds,
        List<String> engineSettings) {

    static final String USAGE = "Usage: java -jar reflex-engine-bench.jar bench --messages <N> [--mailbox <M>]"
            + " [--csv bench-results.csv] [--seed 42] [--threads <cores>] [--warmup 5000]"
            + " [--db postgresql://user:password@host:port/database | --db-options '<H2 URL options>']"
            + " [--durability run|message] [--mailbox-timeout 600] [--name=value ...]";

    /**
     * Until the JIT has compiled the hot paths a message costs three times as much; 500 messages were not
     * enough to measure the engine rather than its warm-up at N = 10,000.
     */
    static final int DEFAULT_WARMUP = 5000;

    /** The options of the engine's default URL; AUTO_SERVER is left out: nobody else opens the store. */
    static final String DEFAULT_DB_OPTIONS = StoreOptions.engineDefaults();

    /**
     * One log line per message is what production prints, but 100,000 of them would bury the figures; the
     * replay command quiets them the same way. {@code --logging.level.nl.reflexengine=INFO} brings them back.
     */
    private static final Map<String, String> QUIET_ENGINE = Map.of(
            "logging.level.root", "WARN",
            "logging.level.nl.reflexengine.pipeline.OutcomeLog", "WARN",
            "logging.level.org.apache.camel.spring.boot.SpringBootCamelContext", "ERROR",
            "camel.main.shutdown-timeout", "5");

    static BenchArguments parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>(QUIET_ENGINE);
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (isOption(name)) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                options.put(name, value);
            } else if (arg.startsWith("--") && arg.contains("=")) {
                settings.put(name.substring(2), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        int messages = number(options, "--messages", 0);
        int mailbox = number(options, "--mailbox", 0);
        if (messages == 0 && mailbox == 0) {
            throw new IllegalArgumentException("say how many messages (--messages N) or mails (--mailbox M)");
        }
        int threads = number(options, "--threads", Runtime.getRuntime().availableProcessors());
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        List<String> engineSettings = new ArrayList<>();
        settings.forEach((key, value) -> engineSettings.add("--" + key + "=" + value));
        return new BenchArguments(
                messages,
                mailbox,
                Path.of(options.getOrDefault("--csv", "bench-results.csv")),
                Long.parseLong(options.getOrDefault("--seed", "42")),
                threads,
                number(options, "--warmup", DEFAULT_WARMUP),
                BenchDatabase.parse(options.get("--db"), options.get("--db-options")),
                durableEachMessage(options.getOrDefault("--durability", "run")),
                number(options, "--mailbox-timeout", 600),
                List.copyOf(engineSettings));
    }

    private static boolean durableEachMessage(String durability) {
        return switch (durability) {
            case "run" -> false;
            case "message" -> true;
            default ->
                throw new IllegalArgumentException(
                        "--durability is run (on disk at the end, as a replay) or message (each message, as a channel)");
        };
    }

    private static boolean isOption(String name) {
        return List.of(
                        "--messages",
                        "--mailbox",
                        "--csv",
                        "--seed",
                        "--threads",
                        "--warmup",
                        "--durability",
                        "--db",
                        "--db-options",
                        "--mailbox-timeout")
                .contains(name);
    }

    private static int number(Map<String, String> options, String name, int otherwise) {
        String value = options.get(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.replace("_", "").replace(",", ""));
            if (number < 0) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + value);
        }
    }
}
