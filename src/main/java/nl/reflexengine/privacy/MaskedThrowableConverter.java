package nl.reflexengine.privacy;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Stack traces in the log, with anything that looks like a BSN in their messages masked. */
public class MaskedThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalData.mask(super.convert(event));
    }
}
