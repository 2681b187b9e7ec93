package nl.reflexengine.replay.compare;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The counts a summary shows, kept as the replay goes so the messages themselves need not be kept. Read
 * only from outside this package.
 */
public final class Counts {

    /**
     * An outcome before and after; null stands for a message absent on that side.
     *
     * @param before the outcome before, or null
     * @param after the outcome in the replay, or null
     */
    public record Transition(String before, String after) implements Comparable<Transition> {

        private static final Comparator<Transition> ORDER = Comparator.comparing(
                        Transition::before, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(Transition::after, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Transition other) {
            return ORDER.compare(this, other);
        }
    }

    /**
     * @param messages messages of this client in either file
     * @param different of those, the ones that differ or are on one side only
     */
    public record ClientCount(int messages, int different) {}

    private int equal;
    private int different;
    private int onlyBefore;
    private int onlyAfter;
    private int unchangedOutcome;
    private final SortedMap<Transition, Integer> outcomeChanges = new TreeMap<>();
    private final SortedMap<String, Integer> codesAppeared = new TreeMap<>();
    private final SortedMap<String, Integer> codesDisappeared = new TreeMap<>();
    private final SortedMap<String, ClientCount> clients = new TreeMap<>();

    void countEqual(String client) {
        equal++;
        unchangedOutcome++;
        clients.merge(client, new ClientCount(1, 0), Counts::sum);
    }

    void countDifference(Difference difference) {
        Facts before = difference.before();
        Facts after = difference.after();
        if (before == null) {
            onlyAfter++;
        } else if (after == null) {
            onlyBefore++;
        } else {
            different++;
        }
        String outcomeBefore = before == null ? null : before.outcome();
        String outcomeAfter = after == null ? null : after.outcome();
        if (before != null && after != null && outcomeBefore.equals(outcomeAfter)) {
            unchangedOutcome++;
        } else {
            outcomeChanges.merge(new Transition(outcomeBefore, outcomeAfter), 1, Integer::sum);
        }
        difference.codesAdded().forEach(code -> codesAppeared.merge(code, 1, Integer::sum));
        difference.codesRemoved().forEach(code -> codesDisappeared.merge(code, 1, Integer::sum));
        clients.merge(difference.client(), new ClientCount(1, 1), Counts::sum);
    }

    /** Messages on both sides. */
    public int compared() {
        return equal + different;
    }

    public int equal() {
        return equal;
    }

    /** Messages on both sides whose facts differ. */
    public int different() {
        return different;
    }

    public int onlyBefore() {
        return onlyBefore;
    }

    public int onlyAfter() {
        return onlyAfter;
    }

    /** Messages on both sides with the same outcome, whether or not their other facts differ. */
    public int unchangedOutcome() {
        return unchangedOutcome;
    }

    /** Each change of outcome, a message missing on one side included, with how many messages made it. */
    public SortedMap<Transition, Integer> outcomeChanges() {
        return Collections.unmodifiableSortedMap(outcomeChanges);
    }

    /** Per code, how many messages on both sides have it now and did not before. */
    public SortedMap<String, Integer> codesAppeared() {
        return Collections.unmodifiableSortedMap(codesAppeared);
    }

    /** Per code, how many messages on both sides had it before and no longer have it. */
    public SortedMap<String, Integer> codesDisappeared() {
        return Collections.unmodifiableSortedMap(codesDisappeared);
    }

    /** Per client id (empty: unknown, as for messages only before). */
    public Map<String, ClientCount> clients() {
        return Collections.unmodifiableSortedMap(clients);
    }

    private static ClientCount sum(ClientCount a, ClientCount b) {
        return new ClientCount(a.messages() + b.messages(), a.different() + b.different());
    }
}
