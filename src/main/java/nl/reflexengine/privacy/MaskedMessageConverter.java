package nl.reflexengine.privacy;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log layout's message, with anything that looks like a BSN masked: also in log lines the engine does
 * not write itself (Camel's error handler quoting an exception, a driver quoting a bound value).
 */
public class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalData.mask(super.convert(event));
    }
}
