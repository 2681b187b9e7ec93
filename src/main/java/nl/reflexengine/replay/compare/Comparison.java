package nl.reflexengine.replay.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares a replay, message by message as it goes, with an earlier replay report or with an export of the
 * outcomes the engine recorded. The earlier file is read whole; of the replay only the differences and the
 * counts are kept.
 *
 * <p>Messages are paired by a key. Against an export (a file with a {@code sha256} column) the key is the
 * content hash in lower-case hex, the same hash the export names; against a replay report it is the
 * {@code source}. A key that occurs again is numbered: the first occurrence keeps the plain key, the n-th
 * becomes {@code key#n} (n from 2), on each side in its own order, so the n-th copy of a message is paired
 * with the n-th copy on the other side.
 *
 * <p>Compared are the outcome, the set of codes, the claim effect (whether a claim was touched and its
 * status), the UWV flows and the fine band (days late, fine); never the claim number, the free text or the
 * time of receipt.
 */
public final class Comparison {

    /**
     * @param beforeName the name of the file compared with
     * @param beforeSha256 its SHA-256
     * @param matchBy how messages were paired
     * @param counts the counts for the summary
     * @param differences the differing messages: in replay order, then those missing from the replay in
     *     file order
     */
    public record Result(
            String beforeName, String beforeSha256, MatchBy matchBy, Counts counts, List<Difference> differences) {

        public Result {
            differences = List.copyOf(differences);
        }

        public boolean hasDifferences() {
            return !differences.isEmpty();
        }
    }

    private final BeforeFile before;
    private final OccurrenceKeys afterKeys = new OccurrenceKeys();
    private final Counts counts = new Counts();
    private final List<Difference> differences = new ArrayList<>();
    private boolean finished;

    private Comparison(BeforeFile before) {
        this.before = before;
    }

    /**
     * Reads the earlier file.
     *
     * @throws IllegalArgumentException when the file is missing, unreadable, lacks a column the comparison
     *     needs (the message names them) or has a message without a key
     */
    public static Comparison against(Path beforeCsv) {
        return new Comparison(BeforeFile.read(beforeCsv));
    }

    public MatchBy matchBy() {
        return before.matchBy();
    }

    /**
     * Compares one replayed message with its earlier counterpart.
     *
     * @param afterRow the message's replay report row, by column name
     * @param sha256 the hash of the message's content; needed only when matching by content hash
     * @param clientId the client the message belongs to; null or empty when unknown
     */
    public void add(Map<String, String> afterRow, String sha256, String clientId) {
        if (finished) {
            throw new IllegalStateException("the comparison is finished");
        }
        List<String> missing = Facts.COLUMNS.stream()
                .filter(column -> !afterRow.containsKey(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the replay row lacks the column(s) " + String.join(", ", missing));
        }
        String key = afterKeys.next(before.matchBy().baseKey(afterRow, sha256));
        String client = Objects.requireNonNullElse(clientId, "");
        Facts after = Facts.of(afterRow);
        // each before message is matched once: what is left at the end is missing from the replay
        BeforeFile.BeforeMessage earlier = before.messages().remove(key);
        if (earlier != null && earlier.facts().equals(after)) {
            counts.countEqual(client);
            return;
        }
        record(new Difference(key, afterRow.get("source"), client, earlier == null ? null : earlier.facts(), after));
    }

    /** Ends the comparison: every earlier message the replay did not bring is a difference too. */
    public Result finish() {
        if (finished) {
            throw new IllegalStateException("the comparison is finished");
        }
        finished = true;
        before.messages()
                .forEach((key, missing) -> record(new Difference(key, missing.source(), "", missing.facts(), null)));
        before.messages().clear();
        return new Result(before.name(), before.sha256(), before.matchBy(), counts, differences);
    }

    private void record(Difference difference) {
        differences.add(difference);
        counts.countDifference(difference);
    }
}
