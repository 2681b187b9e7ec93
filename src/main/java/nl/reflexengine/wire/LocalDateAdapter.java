package nl.reflexengine.wire;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Binds xs:date to {@link LocalDate}. The schema has already checked the lexical form, which may carry a
 * time zone (2026-10-12Z, 2026-10-12+02:00): a calendar day is meant either way, so the zone is dropped.
 */
public final class LocalDateAdapter extends XmlAdapter<String, LocalDate> {

    @Override
    public LocalDate unmarshal(String value) {
        return value == null ? null : LocalDate.parse(value.trim(), DateTimeFormatter.ISO_DATE);
    }

    @Override
    public String marshal(LocalDate value) {
        return value == null ? null : value.toString();
    }
}
