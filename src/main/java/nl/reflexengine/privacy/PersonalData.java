package nl.reflexengine.privacy;

import java.util.regex.Pattern;

/**
 * Masks what could be a BSN in text that leaves the engine (logs, error details, reports to others than
 * the data's owner). Any free-standing run of nine digits is masked: a false positive costs a digit or
 * two of context; a false negative leaks a citizen's number.
 */
public final class PersonalData {

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{9}(?![0-9])");

    private PersonalData() {}

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return NINE_DIGITS.matcher(text).replaceAll("*********");
    }

    /** A BSN shown to someone who must recognise the person but not learn the number: *****6782. */
    public static String maskBsn(String bsn) {
        if (bsn == null || bsn.length() < 4) {
            return "*********";
        }
        return "*****" + bsn.substring(bsn.length() - 4);
    }

    /**
     * The exception's stack trace without its messages, for logging: exception messages may quote message
     * content (a parser quoting a value, say).
     */
    public static Throwable sanitized(Throwable failure) {
        return sanitized(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
    }

    private static Throwable sanitized(Throwable failure, java.util.Set<Throwable> seen) {
        seen.add(failure);
        Throwable copy = new MaskedFailure(failure.getClass().getName() + ": " + mask(failure.getMessage()));
        copy.setStackTrace(failure.getStackTrace());
        Throwable cause = failure.getCause();
        if (cause != null && !seen.contains(cause)) {
            // a cause chain may loop; each exception is copied once
            copy.initCause(sanitized(cause, seen));
        }
        return copy;
    }

    private static final class MaskedFailure extends RuntimeException {
        MaskedFailure(String message) {
            super(message);
        }

        /** Reads as the original would: its class name, then its masked message. */
        @Override
        public String toString() {
            return getMessage();
        }
    }
}
