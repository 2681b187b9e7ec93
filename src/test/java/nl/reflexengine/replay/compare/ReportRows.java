package nl.reflexengine.replay.compare;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Rows of a replay report and of an export of recorded outcomes, as the contract names their columns. */
final class ReportRows {

    static final List<String> REPORT_COLUMNS = List.of(
            "source",
            "message_id",
            "format",
            "test",
            "outcome",
            "claim_number",
            "uwv_flows",
            "codes",
            "detail",
            "received_at",
            "claim_status",
            "reporting_due_at",
            "days_late",
            "fine_eur",
            "frequent_absence",
            "uwv_due_at");

    private ReportRows() {}

    /** An accepted sick report that opened a claim, reported on time. */
    static Map<String, String> accepted(String source) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : REPORT_COLUMNS) {
            row.put(column, "");
        }
        row.put("source", source);
        row.put("message_id", "M-" + source);
        row.put("format", "REFLEX");
        row.put("test", "false");
        row.put("outcome", "ACCEPTED");
        row.put("claim_number", "ZW-2026-000001");
        row.put("uwv_flows", "ZIEKTEAANGIFTE");
        row.put("detail", "accepted");
        row.put("received_at", "2026-10-12T09:00:00Z");
        row.put("claim_status", "LOPEND");
        row.put("reporting_due_at", "2026-10-13T22:00:00Z");
        row.put("days_late", "0");
        row.put("fine_eur", "0");
        row.put("frequent_absence", "false");
        return row;
    }

    /** A sick report rejected for the given codes: no claim, no flows, no fine band. */
    static Map<String, String> rejected(String source, String codes) {
        Map<String, String> row = accepted(source);
        row.put("outcome", "REJECTED");
        row.put("codes", codes);
        row.put("claim_number", "");
        row.put("claim_status", "");
        row.put("uwv_flows", "");
        row.put("days_late", "");
        row.put("fine_eur", "");
        row.put("detail", "rejected: " + codes);
        return row;
    }

    static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    /** A replay report with these rows. */
    static Path report(Path file, List<Map<String, String>> rows) throws IOException {
        return write(file, REPORT_COLUMNS, rows, List.of());
    }

    /** An export of recorded outcomes: the report's columns, then the sha256 of each row's message. */
    static Path export(Path file, List<Map<String, String>> rows, List<String> sha256s) throws IOException {
        List<String> columns = new ArrayList<>(REPORT_COLUMNS);
        columns.add("sha256");
        return write(file, columns, rows, sha256s);
    }

    private static Path write(Path file, List<String> columns, List<Map<String, String>> rows, List<String> sha256s)
            throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT
                        .builder()
                        .setHeader(columns.toArray(String[]::new))
                        .get()
                        .print(writer)) {
            for (int i = 0; i < rows.size(); i++) {
                List<String> values = new ArrayList<>();
                for (String column : columns) {
                    values.add(
                            column.equals("sha256")
                                    ? sha256s.get(i)
                                    : rows.get(i).get(column));
                }
                printer.printRecord(values);
            }
        }
        return file;
    }

    static String hash(char c) {
        char[] hex = new char[64];
        Arrays.fill(hex, c);
        return new String(hex);
    }
}
