package nl.reflexengine.privacy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * A logging event as a formatter may see it: everything that carries text from outside the engine (the
 * message and its arguments, the exception messages of the stack trace, MDC values, key-value pairs)
 * masked; names, levels and times as they are. A formatter that reads the event, whatever it writes,
 * cannot write a BSN.
 */
final class MaskedLoggingEvent implements ILoggingEvent {

    private final ILoggingEvent event;
    private final String formattedMessage;
    private final Map<String, String> mdc;
    private final IThrowableProxy throwable;

    MaskedLoggingEvent(ILoggingEvent event) {
        this.event = event;
        this.formattedMessage = PersonalData.mask(event.getFormattedMessage());
        this.mdc = masked(event.getMDCPropertyMap());
        this.throwable = masked(event.getThrowableProxy());
    }

    private static Map<String, String> masked(Map<String, String> mdc) {
        if (mdc == null || mdc.isEmpty()) {
            return mdc;
        }
        Map<String, String> copy = new LinkedHashMap<>(mdc.size());
        mdc.forEach((key, value) -> copy.put(key, PersonalData.mask(value)));
        return copy;
    }

    private static IThrowableProxy masked(IThrowableProxy proxy) {
        if (proxy instanceof ThrowableProxy thrown) {
            return new MaskedThrowableProxy(thrown);
        }
        // events of our loggers always carry a ThrowableProxy; anything else is shown by its messages alone
        return proxy == null ? null : MaskedThrowableProxy.view(proxy);
    }

    @Override
    public String getMessage() {
        return PersonalData.mask(event.getMessage());
    }

    @Override
    public Object[] getArgumentArray() {
        Object[] arguments = event.getArgumentArray();
        return arguments == null
                ? null
                : Arrays.stream(arguments)
                        .map(argument -> PersonalData.mask(String.valueOf(argument)))
                        .toArray();
    }

    @Override
    public String getFormattedMessage() {
        return formattedMessage;
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        return mdc;
    }

    @Override
    @SuppressWarnings("deprecation")
    public Map<String, String> getMdc() {
        return mdc;
    }

    @Override
    public IThrowableProxy getThrowableProxy() {
        return throwable;
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        return pairs == null
                ? null
                : pairs.stream()
                        .map(pair -> new KeyValuePair(pair.key, masked(pair.value)))
                        .toList();
    }

    /** A value is written as it is unless its text holds something to mask; then as the masked text. */
    private static Object masked(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        String masked = PersonalData.mask(text);
        return masked.equals(text) ? value : masked;
    }

    @Override
    public String getThreadName() {
        return event.getThreadName();
    }

    @Override
    public Level getLevel() {
        return event.getLevel();
    }

    @Override
    public String getLoggerName() {
        return event.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return event.getLoggerContextVO();
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return event.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return event.hasCallerData();
    }

    @Override
    public List<Marker> getMarkerList() {
        return event.getMarkerList();
    }

    @Override
    public long getTimeStamp() {
        return event.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return event.getNanoseconds();
    }

    @Override
    public Instant getInstant() {
        return event.getInstant();
    }

    @Override
    public long getSequenceNumber() {
        return event.getSequenceNumber();
    }

    @Override
    public void prepareForDeferredProcessing() {
        event.prepareForDeferredProcessing();
    }
}
