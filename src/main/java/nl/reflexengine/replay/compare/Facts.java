package nl.reflexengine.replay.compare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a comparison looks at of one message: its outcome and the facts that decide what it caused. The
 * facts are normalised when read, so that two messages with equal facts are equal records: the codes as a
 * sorted set (their order in a report is no difference), whether a claim was touched rather than its
 * number (each run numbers claims itself). Free text and the time of receipt are left out on purpose.
 *
 * @param outcome the outcome, an opaque string
 * @param facts the other facts by name, in the order of {@link #NAMES}
 */
public record Facts(String outcome, Map<String, String> facts) {

    /** The facts besides the outcome, in the order a difference names them. */
    public static final List<String> NAMES =
            List.of("codes", "claim_touched", "claim_status", "uwv_flows", "days_late", "fine_eur");

    /** The report columns these facts are read from. */
    static final List<String> COLUMNS =
            List.of("source", "outcome", "codes", "claim_number", "claim_status", "uwv_flows", "days_late", "fine_eur");

    public Facts {
        if (!facts.keySet().equals(Set.copyOf(NAMES))) {
            throw new IllegalArgumentException("facts must be exactly " + NAMES + ", not " + facts.keySet());
        }
        facts = Map.copyOf(facts);
    }

    /** Reads the facts of one report row; a missing or null cell counts as empty. */
    static Facts of(Map<String, String> row) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("codes", String.join(";", codes(cell(row, "codes"))));
        facts.put("claim_touched", String.valueOf(!cell(row, "claim_number").isEmpty()));
        facts.put("claim_status", cell(row, "claim_status"));
        facts.put("uwv_flows", String.join(";", parts(cell(row, "uwv_flows"))));
        facts.put("days_late", cell(row, "days_late"));
        facts.put("fine_eur", cell(row, "fine_eur"));
        return new Facts(cell(row, "outcome"), facts);
    }

    /** What a message left its claim with; unknown for a record from before the engine recorded it (V11). */
    private static final Set<String> CLAIM_FACTS = Set.of("claim_status", "days_late", "fine_eur");

    /**
     * The names of the facts besides the outcome that differ from {@code other}'s, in {@link #NAMES} order. The
     * claim's facts are not compared where one side does not know them: it touched a claim, but its status
     * is empty (recorded before the engine kept a message's claim facts).
     */
    List<String> differingFrom(Facts other) {
        boolean claimFactsKnown = claimFactsKnown() && other.claimFactsKnown();
        return NAMES.stream()
                .filter(name -> claimFactsKnown || !CLAIM_FACTS.contains(name))
                .filter(name -> !facts.get(name).equals(other.facts.get(name)))
                .toList();
    }

    private boolean claimFactsKnown() {
        return !(facts.get("claim_touched").equals("true")
                && facts.get("claim_status").isEmpty());
    }

    /** The outcome, then {@code name=value} for each named fact: {@code ACCEPTED; days_late=0; fine_eur=0}. */
    String describe(Collection<String> names) {
        List<String> parts = new ArrayList<>();
        parts.add(outcome);
        names.forEach(name -> parts.add(name + "=" + facts.get(name)));
        return String.join("; ", parts);
    }

    SortedSet<String> codes() {
        return codes(facts.get("codes"));
    }

    private static SortedSet<String> codes(String cell) {
        return new TreeSet<>(parts(cell));
    }

    private static List<String> parts(String cell) {
        return Arrays.stream(cell.split(";"))
                .map(String::trim)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.toList());
    }

    private static String cell(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null ? "" : value.trim();
    }
}
