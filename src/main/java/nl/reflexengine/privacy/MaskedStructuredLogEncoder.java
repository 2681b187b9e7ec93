package nl.reflexengine.privacy;

import ch.qos.logback.classic.spi.ILoggingEvent;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * Spring Boot's structured (JSON) log encoder, fed masked events ({@link MaskedLoggingEvent}): whatever
 * the format (ecs, logstash, gelf, a formatter class) and whatever JSON members a customizer adds, the
 * formatter never sees an unmasked message, stack trace, MDC value or key-value pair.
 */
public class MaskedStructuredLogEncoder extends StructuredLogEncoder {

    @Override
    public byte[] encode(ILoggingEvent event) {
        return super.encode(new MaskedLoggingEvent(event));
    }
}
