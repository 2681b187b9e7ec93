package nl.reflexengine.replay.compare;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One message whose facts differ between the two sides, or that is on one side only (that side's facts
 * are then null). This is one row of diff.csv.
 *
 * @param key the matching key (see {@link Comparison})
 * @param source the message's source, from the replay when it is there
 * @param client the client the replay gave; empty when unknown, as for a message only before
 * @param before the facts before, or null when the message is only in the replay
 * @param after the facts in the replay, or null when the message is missing from it
 */
public record Difference(String key, String source, String client, Facts before, Facts after) {

    static final String ABSENT = "(absent)";

    /**
     * The facts that differ; for a message on one side only, all of them, since each one is news to the
     * reader.
     */
    public List<String> differingFacts() {
        return before == null || after == null ? Facts.NAMES : before.differingFrom(after);
    }

    public String beforeText() {
        return before == null ? ABSENT : before.describe(differingFacts());
    }

    public String afterText() {
        return after == null ? ABSENT : after.describe(differingFacts());
    }

    /** Codes the replay found and the earlier side did not; empty for a message on one side only. */
    public SortedSet<String> codesAdded() {
        return minus(after, before);
    }

    /** Codes the earlier side had and the replay no longer finds; empty for a message on one side only. */
    public SortedSet<String> codesRemoved() {
        return minus(before, after);
    }

    /** Codes of a message on one side only are not a change of rule: they are left out of both counts. */
    private static SortedSet<String> minus(Facts from, Facts other) {
        SortedSet<String> codes = new TreeSet<>();
        if (from != null && other != null) {
            codes.addAll(from.codes());
            codes.removeAll(other.codes());
        }
        return codes;
    }
}
