package nl.reflexengine.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments and days as the console shows them: Dutch time, Dutch order. Templates call it as {@code @time}. */
@Component("time")
public class DutchTime {

    /** The console's time zone: the administrator's and its users'. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** Today, in Dutch time: the day an account's end date is compared with. */
    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
