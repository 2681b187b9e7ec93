package nl.reflexengine.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Moments and days as the console shows them: Dutch time, Dutch order. Templates call it as {@code @time}. */
@Component("time")
public class DutchTime {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter MOMENT =
            DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(DUTCH_TIME);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at);
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
