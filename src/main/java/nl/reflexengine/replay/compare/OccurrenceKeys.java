package nl.reflexengine.replay.compare;

import java.util.HashMap;
import java.util.Map;

/**
 * Gives each occurrence of a base key its own key: the first keeps the base, the n-th becomes
 * {@code base#n}. The same content can be in an archive more than once (a payroll system that sends a file
 * twice), and the n-th copy before is then matched with the n-th copy in the replay.
 */
final class OccurrenceKeys {

    private final Map<String, Integer> seen = new HashMap<>();

    String next(String base) {
        int occurrence = seen.merge(base, 1, Integer::sum);
        return occurrence == 1 ? base : base + "#" + occurrence;
    }
}
