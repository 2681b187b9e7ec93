package nl.reflexengine.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How values read in a Dutch mail. */
public final class MailText {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm", Locale.forLanguageTag("nl"));

    private MailText() {}

    public static String date(LocalDate date) {
        return date == null ? "onbekend" : DATE.format(date);
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "onbekend" : DATE_TIME.format(instant.atZone(DUTCH_TIME));
    }

    /**
     * Initials as a subject may show them ("J.", "J.A."), or "" when there are none: they let the reader
     * recognise the person without telling anyone who reads the subject line who is ill.
     */
    public static String initials(String initials) {
        if (initials == null || initials.isBlank()) {
            return "";
        }
        String compact = initials.replaceAll("\\s+", "");
        if (compact.contains(".")) {
            return compact.endsWith(".") ? compact : compact + ".";
        }
        StringBuilder dotted = new StringBuilder();
        compact.codePoints()
                .filter(Character::isLetter)
                .forEach(letter ->
                        dotted.appendCodePoint(Character.toUpperCase(letter)).append('.'));
        return dotted.toString();
    }

    /** "1 dag", "9 dagen". */
    public static String days(int days) {
        return days + (days == 1 ? " dag" : " dagen");
    }

    public static String orUnknown(String value) {
        return value == null || value.isBlank() ? "onbekend" : value;
    }
}
