package nl.reflexengine.replay;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * When a replayed message was received, and how the replay knows: the message is judged as of this moment
 * (deadlines, days late, fines, due dates), so a message that was on time then is on time in the replay.
 *
 * @param from where the moment came from, as the report names it
 */
record Receipt(Instant at, String from) {

    static final String AS_OF = "--as-of";
    static final String RECEIVED_HEADER = "Received header";
    static final String DATE_HEADER = "Date header";
    static final String MANIFEST = ReceiptManifest.FILE_NAME;
    static final String MODIFIED = "file modification time";

    static final String INSTANT_EXAMPLE = "an ISO-8601 instant such as 2026-03-02T08:15:00Z";

    /** A moment as an auditor writes it: {@code 2026-03-02T08:15:00Z} or {@code 2026-03-02T09:15:00+01:00}. */
    static Instant parse(String value) {
        return value.endsWith("Z")
                ? Instant.parse(value)
                : OffsetDateTime.parse(value).toInstant();
    }
}
