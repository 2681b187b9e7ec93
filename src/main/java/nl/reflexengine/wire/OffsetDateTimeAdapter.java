package nl.reflexengine.wire;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Binds xs:dateTime to {@link OffsetDateTime}. A timestamp without offset is read as Dutch local time,
 * because that is what payroll systems in the Netherlands mean when they leave it out.
 */
public final class OffsetDateTimeAdapter extends XmlAdapter<String, OffsetDateTime> {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Override
    public OffsetDateTime unmarshal(String value) {
        if (value == null) {
            return null;
        }
        TemporalAccessor parsed =
                DateTimeFormatter.ISO_DATE_TIME.parseBest(value.trim(), OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime withOffset) {
            return withOffset;
        }
        return ((LocalDateTime) parsed).atZone(DUTCH_TIME).toOffsetDateTime();
    }

    @Override
    public String marshal(OffsetDateTime value) {
        return value == null ? null : value.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
