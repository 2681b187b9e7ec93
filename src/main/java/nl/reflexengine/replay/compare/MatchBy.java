package nl.reflexengine.replay.compare;

import java.util.Locale;
import java.util.Map;

/** How the messages of the two sides are paired: by what they hold, or by where they came from. */
public enum MatchBy {
    /** An export of recorded outcomes names each message's content hash; a replay computes the same. */
    CONTENT_HASH,
    /** Two replay reports of one archive name the same sources. */
    SOURCE;

    static final String SHA256_COLUMN = "sha256";

    /** The base of a message's key, before {@link OccurrenceKeys} numbers repeats. */
    String baseKey(Map<String, String> row, String sha256) {
        String base = this == CONTENT_HASH ? sha256 : row.get("source");
        if (base == null || base.isBlank()) {
            throw new IllegalArgumentException(
                    "a message without " + (this == CONTENT_HASH ? "a sha256" : "a source") + " cannot be matched");
        }
        // a hash in upper case names the same content
        return this == CONTENT_HASH ? base.trim().toLowerCase(Locale.ROOT) : base.trim();
    }
}
