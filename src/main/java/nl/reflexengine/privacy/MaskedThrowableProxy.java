package nl.reflexengine.privacy;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.util.Arrays;

/**
 * An exception as a formatter may see it: its class names and stack frames as they are, every message of
 * it and of its causes masked. It is a {@link ThrowableProxy} because Spring Boot's stack trace printer
 * ({@code logging.structured.json.stacktrace.*}) prints the proxy's {@link #getThrowable()}: that is the
 * copy {@link PersonalData#sanitized} makes, with masked messages.
 */
final class MaskedThrowableProxy extends ThrowableProxy {

    private final IThrowableProxy view;

    MaskedThrowableProxy(ThrowableProxy original) {
        super(PersonalData.sanitized(original.getThrowable()));
        this.view = view(original);
    }

    /** The original's class names and frames with masked messages, its causes and suppressed likewise. */
    static IThrowableProxy view(IThrowableProxy original) {
        return original == null ? null : new View(original);
    }

    @Override
    public String getMessage() {
        return view.getMessage();
    }

    @Override
    public String getOverridingMessage() {
        return view.getOverridingMessage();
    }

    @Override
    public String getClassName() {
        return view.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return view.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return view.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return view.getCause();
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        return view.getSuppressed();
    }

    @Override
    public boolean isCyclic() {
        return view.isCyclic();
    }

    private record View(IThrowableProxy original) implements IThrowableProxy {

        @Override
        public String getMessage() {
            return PersonalData.mask(original.getMessage());
        }

        @Override
        public String getOverridingMessage() {
            return PersonalData.mask(original.getOverridingMessage());
        }

        @Override
        public String getClassName() {
            return original.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return original.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return original.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return view(original.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = original.getSuppressed();
            return suppressed == null
                    ? null
                    : Arrays.stream(suppressed).map(MaskedThrowableProxy::view).toArray(IThrowableProxy[]::new);
        }

        @Override
        public boolean isCyclic() {
            return original.isCyclic();
        }
    }
}
