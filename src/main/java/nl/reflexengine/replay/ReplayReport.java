package nl.reflexengine.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.reflexengine.audit.Outcome;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The auditors' CSV report, written row by row as the replay goes. The columns are a contract with the
 * auditors' tools.
 */
final class ReplayReport implements AutoCloseable {

    static final String[] COLUMNS = {
        "source", "message_id", "format", "test", "outcome", "claim_number", "uwv_flows", "codes", "detail"
    };

    /** One line of the report. */
    record Row(
            String source,
            String messageId,
            String format,
            boolean test,
            Outcome outcome,
            String claimNumber,
            String uwvFlows,
            String codes,
            String detail) {}

    /** A replay has no senders, so nothing is quarantined: these are all the outcomes it can have. */
    private static final List<Outcome> REPORTED =
            List.of(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.TEST_PASSED, Outcome.TEST_REJECTED, Outcome.DUPLICATE);

    private final CSVPrinter printer;
    private boolean closed;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    ReplayReport(Writer writer) {
        try {
            this.printer = CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Outcome outcome : REPORTED) {
            counts.put(outcome, 0);
        }
    }

    void add(Row row) {
        try {
            printer.printRecord(
                    row.source(),
                    row.messageId(),
                    row.format(),
                    row.test(),
                    row.outcome(),
                    row.claimNumber(),
                    row.uwvFlows(),
                    row.codes(),
                    row.detail());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the replay report", e);
        }
        counts.merge(row.outcome(), 1, Integer::sum);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** ACCEPTED=3 REJECTED=1 TEST_PASSED=0 TEST_REJECTED=0 DUPLICATE=0 */
    String counts() {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    /** Flushes and closes the report; closing twice is harmless. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the replay report", e);
        }
    }
}
