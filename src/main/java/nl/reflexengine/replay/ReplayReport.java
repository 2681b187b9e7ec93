package nl.reflexengine.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.audit.RecordedClaim;
import nl.reflexengine.privacy.PersonalData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The auditors' CSV report, written row by row as the replay goes; {@code export-outcomes} writes the same
 * columns from the engine's database, plus {@code sha256}. The columns are a contract with the auditors'
 * tools: new ones only ever go after the existing ones.
 */
final class ReplayReport implements AutoCloseable {

    static final String[] COLUMNS = ReportColumn.headers();

    /**
     * One line of the report.
     *
     * @param claim the claim as the message left it, or null when it touched none
     */
    record Row(
            String source,
            String messageId,
            String format,
            boolean test,
            Outcome outcome,
            String uwvFlows,
            String codes,
            String detail,
            Instant receivedAt,
            RecordedClaim claim) {

        /**
         * The values in the order of {@link ReportColumn}. A file or attachment name is the sender's choice
         * and may hold a BSN: the source and detail are masked as the engine's logs mask them (the same name
         * always masks alike, so reports still match by source).
         */
        List<String> values() {
            return Arrays.asList(
                    PersonalData.mask(source),
                    nullToEmpty(messageId),
                    nullToEmpty(format),
                    String.valueOf(test),
                    outcome.name(),
                    claim == null ? "" : claim.number(),
                    uwvFlows,
                    codes,
                    PersonalData.mask(detail),
                    instant(receivedAt),
                    claim == null ? "" : claim.status(),
                    claim == null ? "" : instant(claim.reportingDue()),
                    claim == null ? "" : String.valueOf(claim.daysLate()),
                    claim == null ? "" : String.valueOf(claim.fineEuro()),
                    claim == null ? "" : String.valueOf(claim.frequentAbsence()),
                    claim == null ? "" : instant(claim.uwvDue()));
        }

        /** Column name to value, as a comparison reads a report. */
        Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            List<String> values = values();
            for (int i = 0; i < COLUMNS.length; i++) {
                map.put(COLUMNS[i], values.get(i));
            }
            return map;
        }
    }

    /** Millisecond precision, as the database keeps a moment: a replay and an export write the same text. */
    static String instant(Instant instant) {
        return instant == null ? "" : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private final CSVPrinter printer;
    private boolean closed;
    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);

    ReplayReport(Writer writer, String... extraColumns) {
        String[] header = Arrays.copyOf(COLUMNS, COLUMNS.length + extraColumns.length);
        System.arraycopy(extraColumns, 0, header, COLUMNS.length, extraColumns.length);
        try {
            this.printer = CSVFormat.DEFAULT.builder().setHeader(header).get().print(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0);
        }
    }

    void add(Row row, String... extraValues) {
        try {
            List<String> values = row.values();
            if (extraValues.length == 0) {
                printer.printRecord(values);
            } else {
                printer.printRecord(java.util.stream.Stream.concat(values.stream(), Arrays.stream(extraValues))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report", e);
        }
        counts.merge(row.outcome(), 1, Integer::sum);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * ACCEPTED=3 REJECTED=1 TEST_PASSED=0 TEST_REJECTED=0 DUPLICATE=0; QUARANTINED (a mail from an unknown
     * sender) only when there was one.
     */
    String counts() {
        return counts.entrySet().stream()
                .filter(e -> e.getKey() != Outcome.QUARANTINED || e.getValue() > 0)
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
            throw new UncheckedIOException("cannot finish the report", e);
        }
    }
}
