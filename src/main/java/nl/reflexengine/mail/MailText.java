package nl.reflexengine.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.violation.Violation;

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

    /** Every violation: code, field and the sentence for the sender; never a value from the message. */
    public static String violations(List<Violation> violations) {
        StringBuilder text = new StringBuilder();
        for (Violation v : violations) {
            text.append("- [").append(v.code().name()).append("]");
            if (!v.field().isEmpty()) {
                text.append(" veld ").append(v.field());
            }
            text.append("\n  ").append(v.message()).append('\n');
        }
        return PersonalData.mask(text.toString().stripTrailing());
    }

    public static String orUnknown(String value) {
        return value == null || value.isBlank() ? "onbekend" : value;
    }
}
