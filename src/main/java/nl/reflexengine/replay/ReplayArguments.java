package nl.reflexengine.replay;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The replay command line: {@code replay <archive> --report <file.csv> [--as-of <instant>] [--compare-with
 * <file.csv>] [--pdf] [--threads N] [--name=value ...]}. Arguments of the form {@code --name=value} other
 * than these are passed on to the engine's configuration.
 *
 * @param asOf judge every message as of this moment, or null: as of when each was received
 * @param compareWith an earlier report or an export of recorded outcomes to compare with, or null
 */
record ReplayArguments(
        Path input, Path report, Instant asOf, Path compareWith, boolean pdf, int threads, List<String> settings) {

    static final String USAGE = "Usage: java -jar reflex-engine.jar replay <folder|zip|eml|mbox> --report <file.csv>"
            + " [--as-of <ISO instant>] [--compare-with <report-or-export.csv> [--pdf]] [--threads N]"
            + " [--reflex.reference.directory=<dir>]";

    /**
     * The engine's database pool has ten connections and a message holds one while it is stored; more
     * threads than this only wait, and each holds deliveries in memory.
     */
    static final int MAX_THREADS = 8;

    static ReplayArguments parse(String[] args) {
        Path input = null;
        Path report = null;
        Instant asOf = null;
        Path compareWith = null;
        boolean pdf = false;
        int threads = 1;
        List<String> settings = new ArrayList<>();
        Options options = new Options(args);
        while (options.hasNext()) {
            String arg = options.next();
            switch (options.name(arg)) {
                case "--report" -> report = Path.of(options.value(arg, "a file name"));
                case "--as-of" -> asOf = instant(options.value(arg, Receipt.INSTANT_EXAMPLE));
                case "--compare-with" -> compareWith = Path.of(options.value(arg, "a report or export file"));
                case "--threads" -> threads = threads(options.value(arg, "a number of threads"));
                case "--pdf" -> pdf = true;
                default -> {
                    if (arg.startsWith("--") && arg.contains("=")) {
                        settings.add(arg);
                    } else if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    } else if (input == null) {
                        input = Path.of(arg);
                    } else {
                        throw new IllegalArgumentException(
                                "only one archive can be replayed at a time, got also " + arg);
                    }
                }
            }
        }
        if (input == null) {
            throw new IllegalArgumentException("name the folder, zip, mail or mailbox export to replay");
        }
        if (report == null) {
            throw new IllegalArgumentException("name the report file with --report <file.csv>");
        }
        if (pdf && compareWith == null) {
            throw new IllegalArgumentException("--pdf renders the comparison's summary: give --compare-with too");
        }
        return new ReplayArguments(input, report, asOf, compareWith, pdf, threads, List.copyOf(settings));
    }

    private static Instant instant(String value) {
        try {
            return Receipt.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of " + value + " is not " + Receipt.INSTANT_EXAMPLE);
        }
    }

    private static int threads(String value) {
        try {
            int threads = Integer.parseInt(value);
            if (threads >= 1 && threads <= MAX_THREADS) {
                return threads;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        throw new IllegalArgumentException("--threads takes a number from 1 to " + MAX_THREADS + ", got " + value);
    }

    /** Options as {@code --name value} or {@code --name=value}. */
    private static final class Options {
        private static final List<String> WITH_VALUE = List.of("--report", "--as-of", "--compare-with", "--threads");
        private final String[] args;
        private int next;

        Options(String[] args) {
            this.args = args;
        }

        boolean hasNext() {
            return next < args.length;
        }

        String next() {
            return args[next++];
        }

        /** The option's name when it is one of ours, else the argument itself. */
        String name(String arg) {
            int equals = arg.indexOf('=');
            String name = equals < 0 ? arg : arg.substring(0, equals);
            return WITH_VALUE.contains(name) || name.equals("--pdf") ? name : arg;
        }

        String value(String arg, String what) {
            int equals = arg.indexOf('=');
            if (equals >= 0) {
                return arg.substring(equals + 1);
            }
            if (!hasNext()) {
                throw new IllegalArgumentException(arg + " needs " + what);
            }
            return next();
        }
    }
}
