package nl.reflexengine.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The figures of one run: printed as {@code name=value} lines, and appended as one row to a CSV file whose
 * columns are fixed, so runs with and without the mailbox figure line up in one file.
 */
final class BenchResults {

    static final List<String> COLUMNS = List.of(
            "timestamp",
            "java",
            "cores",
            "max_heap_mb",
            "load_avg_at_start",
            "seed",
            "threads",
            "warmup",
            "db",
            "db_options",
            "durability",
            "messages",
            "accepted",
            "rejected",
            "test_passed",
            "test_rejected",
            "unexpected_outcomes",
            "bare_msgs_per_s",
            "bare_elapsed_s",
            "bare_alloc_bytes_per_msg",
            "bare_peak_heap_mb",
            "bare_cpu_ms_per_msg",
            "pipeline_msgs_per_s",
            "pipeline_elapsed_s",
            "ratio",
            "pipeline_p50_ms",
            "pipeline_p99_ms",
            "pipeline_max_ms",
            "peak_heap_mb",
            "retained_heap_mb",
            "old_gen_peak_mb",
            "alloc_bytes_per_msg",
            "pipeline_cpu_ms_per_msg",
            "pipeline_disk_writes",
            "claims",
            "action_points",
            "uwv_messages",
            "mails_queued",
            "engine_start_s",
            "mailbox_mails",
            "mailbox_seconds",
            "mailbox_msgs_per_s",
            "mailbox_complete",
            "mailbox_mails_sent",
            "elapsed_s");

    private final Map<String, String> figures = new LinkedHashMap<>();

    void put(String name, Object value) {
        if (!COLUMNS.contains(name)) {
            throw new IllegalArgumentException("not a benchmark figure: " + name);
        }
        figures.put(name, format(value));
    }

    /** Whether a figure says true; when it was not measured, the answer given. */
    boolean isTrue(String name, boolean notMeasured) {
        return figures.containsKey(name) ? Boolean.parseBoolean(figures.get(name)) : notMeasured;
    }

    /** Whether a count is zero; when it was not measured, the answer given. */
    boolean isZero(String name, boolean notMeasured) {
        return figures.containsKey(name) ? "0".equals(figures.get(name)) : notMeasured;
    }

    void print(PrintStream out) {
        for (String column : COLUMNS) {
            if (figures.containsKey(column)) {
                out.println(column + "=" + figures.get(column));
            }
        }
    }

    /** Refuses a CSV that has the columns of another version of the benchmark: rows would not line up. */
    static void checkAppendable(Path csv) throws IOException {
        Path absolute = csv.toAbsolutePath();
        if (!Files.exists(absolute) || Files.size(absolute) == 0) {
            return;
        }
        String header;
        try (var lines = Files.lines(absolute, StandardCharsets.UTF_8)) {
            header = lines.findFirst().orElse("");
        }
        if (!header.equals(String.join(",", COLUMNS))) {
            throw new IOException(
                    absolute + " has the columns of another version of the benchmark; name a new file with --csv");
        }
    }

    /** Appends one row; a new file gets the header first, a file with other columns is left alone. */
    void append(Path csv) throws IOException {
        checkAppendable(csv);
        Path absolute = csv.toAbsolutePath();
        boolean fresh = !Files.exists(absolute) || Files.size(absolute) == 0;
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        try (Writer writer = Files.newBufferedWriter(
                        absolute, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                CSVPrinter printer = CSVFormat.DEFAULT.print(writer)) {
            if (fresh) {
                printer.printRecord(COLUMNS);
            }
            printer.printRecord(
                    COLUMNS.stream().map(c -> figures.getOrDefault(c, "")).toList());
        }
    }

    private static String format(Object value) {
        if (value instanceof Double d) {
            return d >= 100 ? String.format(Locale.ROOT, "%.0f", d) : String.format(Locale.ROOT, "%.3f", d);
        }
        return String.valueOf(value);
    }
}
