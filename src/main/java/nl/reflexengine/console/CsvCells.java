package nl.reflexengine.console;

/**
 * A cell of a CSV file the console hands out. Names and other values come from senders' messages; a cell
 * that starts like a formula (=, +, -, @, tab, carriage return) would run as one when the file is opened
 * in a spreadsheet, so it gets a leading apostrophe, which spreadsheets show as text.
 */
public final class CsvCells {

    private CsvCells() {}

    public static Object safe(Object value) {
        if (!(value instanceof String text) || text.isEmpty()) {
            return value;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text
                : text;
    }
}
