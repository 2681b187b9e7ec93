package nl.reflexengine.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A list of the console as a CSV file to download: UTF-8, a header row, one row per item. Names and other
 * values come from senders' messages; a cell that starts like a formula (=, +, -, @, tab, carriage return)
 * would run as one when the file is opened in a spreadsheet, so every such cell gets a leading apostrophe,
 * which spreadsheets show as text.
 */
public final class CsvDownload {

    private CsvDownload() {}

    public static void write(HttpServletResponse response, String fileName, List<String> header, List<List<?>> rows)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get()
                .print(response.getWriter())) {
            for (List<?> row : rows) {
                csv.printRecord(row.stream().map(CsvDownload::safe).toList());
            }
        }
    }

    static Object safe(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
