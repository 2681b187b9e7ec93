package nl.reflexengine.reference;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One reference file, read whole and strictly: exactly the expected columns, every row complete. Each
 * error names the file, the line and the column, because the person fixing it has only the file.
 */
final class CsvTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setCommentMarker('#')
            .get();

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    static CsvTable read(Path directory, String fileName, List<String> columns) {
        Path file = directory.resolve(fileName);
        try (Reader reader = withoutByteOrderMark(Files.newBufferedReader(file, StandardCharsets.UTF_8));
                CSVParser parser = FORMAT.parse(reader)) {
            checkColumns(fileName, parser.getHeaderNames(), columns);
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a line of spaces only
                }
                if (!record.isConsistent()) {
                    throw new ReferenceDataException("%s line %d: expected %d values, found %d"
                            .formatted(fileName, line, columns.size(), record.size()));
                }
                rows.add(new Row(fileName, line, record));
            }
            return new CsvTable(rows);
        } catch (NoSuchFileException e) {
            throw new ReferenceDataException(fileName + " is missing in " + directory.toAbsolutePath());
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ReferenceDataException(fileName + " cannot be read as CSV: " + e.getMessage(), e);
        }
    }

    /** Spreadsheets save "CSV UTF-8" with a byte-order mark; it is not part of the first column's name. */
    private static Reader withoutByteOrderMark(java.io.BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    List<Row> rows() {
        return rows;
    }

    private static void checkColumns(String fileName, List<String> found, List<String> expected) {
        if (!found.equals(expected)) {
            throw new ReferenceDataException("%s line 1: the header must be exactly '%s', found '%s'"
                    .formatted(fileName, String.join(",", expected), String.join(",", found)));
        }
    }

    /** One data line of a reference file. */
    record Row(String fileName, long line, CSVRecord record) {

        String required(String column) {
            String value = record.get(column);
            if (value == null || value.isEmpty()) {
                throw error(column, "a value is required");
            }
            return value;
        }

        String optional(String column) {
            String value = record.get(column);
            return value == null || value.isEmpty() ? null : value;
        }

        String required(String column, Predicate<String> valid, String expectation) {
            String value = required(column);
            if (!valid.test(value)) {
                throw error(column, "'" + value + "' is not " + expectation);
            }
            return value;
        }

        List<String> list(String column, Predicate<String> valid, String expectation) {
            List<String> values = Arrays.stream(required(column).split(";"))
                    .map(String::trim)
                    .filter(v -> !v.isEmpty())
                    .toList();
            if (values.isEmpty()) {
                throw error(column, "a value is required");
            }
            for (String value : values) {
                if (!valid.test(value)) {
                    throw error(column, "'" + value + "' is not " + expectation);
                }
            }
            return values;
        }

        boolean bool(String column) {
            String value = required(column).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "true" -> true;
                case "false" -> false;
                default -> throw error(column, "'" + value + "' is not true or false");
            };
        }

        int integer(String column) {
            String value = required(column);
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw error(column, "'" + value + "' is not a whole number");
            }
        }

        ReferenceDataException error(String column, String reason) {
            return new ReferenceDataException("%s line %d, column %s: %s".formatted(fileName, line, column, reason));
        }
    }
}
