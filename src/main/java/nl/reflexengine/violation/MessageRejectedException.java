package nl.reflexengine.violation;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A content error: the message itself is wrong and will be wrong on every retry, so it is rejected once
 * with every violation found, never retried.
 */
public class MessageRejectedException extends RuntimeException {

    private final transient List<Violation> violations;

    public MessageRejectedException(List<Violation> violations) {
        super(describe(violations));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public MessageRejectedException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        // codes and fields only: violation texts never carry message values, but keep the log line short
        return violations.stream().map(v -> v.code() + "@" + v.field()).collect(Collectors.joining(", "));
    }
}
