package nl.reflexengine.replay;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The CSV files the auditors' commands write (reports, exports, diffs), read as the auditors' tools read them. */
final class ReportFiles {

    private ReportFiles() {}

    /** The rows below the header, in order. */
    static List<CSVRecord> rows(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows by their source, in order. */
    static Map<String, CSVRecord> bySource(Path report) {
        Map<String, CSVRecord> rows = new LinkedHashMap<>();
        rows(report).forEach(row -> rows.put(row.get("source"), row));
        return rows;
    }
}
