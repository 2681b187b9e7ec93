package nl.reflexengine.privacy;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.List;
import java.util.Map;

/**
 * A short segment of MDC values for the text layout, masked, and nothing at all when none is set:
 * {@code %maskedMdc{audit=auditId,channel,clientId}} writes {@code [audit=12 MAIL C-ZONNIG] }. An option
 * {@code label=key} writes the value with its label, an option {@code key} the bare value.
 */
public class MaskedMdcConverter extends ClassicConverter {

    private List<String[]> parts = List.of();

    @Override
    public void start() {
        List<String> options = getOptionList();
        if (options != null) {
            parts = options.stream()
                    .map(String::trim)
                    .map(option -> option.contains("=") ? option.split("=", 2) : new String[] {"", option})
                    .toList();
        }
        super.start();
    }

    @Override
    public String convert(ILoggingEvent event) {
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc == null || mdc.isEmpty()) {
            return "";
        }
        StringBuilder segment = new StringBuilder();
        for (String[] part : parts) {
            String value = mdc.get(part[1]);
            if (value != null && !value.isEmpty()) {
                segment.append(segment.isEmpty() ? "[" : " ");
                segment.append(part[0].isEmpty() ? "" : part[0] + "=").append(PersonalData.mask(value));
            }
        }
        return segment.isEmpty() ? "" : segment.append("] ").toString();
    }
}
