package nl.reflexengine.replay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The auditors' replay, run as the command runs it: every sample through the production routes, and the
 * report compared with samples/expected.csv.
 */
class ReplayTest {

    private static final Path SAMPLES = Path.of("samples");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int replay(String... args) {
        return ReplayLauncher.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    }

    @Test
    void replayOfTheSamplesMatchesExpectedCsv(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("reports/samples.csv");

        int exit = replay(SAMPLES.toString(), "--report", report.toString());

        assertThat(exit).as(err.toString(UTF_8)).isZero();
        assertThat(outcomesAndCodes(report)).isEqualTo(expected());
        assertThat(rows(report).values())
                .as("every sample has its receipt time in samples/received.csv, so the replay order is fixed")
                .allSatisfy(row -> assertThat(row.get("detail")).endsWith("received_at from received.csv"));
        assertThat(Files.readAllLines(report, UTF_8).get(0))
                .isEqualTo("source,message_id,format,test,outcome,claim_number,uwv_flows,codes,detail,"
                        + "received_at,claim_status,reporting_due_at,days_late,fine_eur,frequent_absence,uwv_due_at");
        assertThat(out.toString(UTF_8))
                .containsPattern("Replayed \\d+ messages in [0-9.]+ s \\(\\d+ msg/s\\): ACCEPTED=\\d+ REJECTED=\\d+"
                        + " TEST_PASSED=\\d+ TEST_REJECTED=\\d+ DUPLICATE=1; skipped 5 files that hold no message");
        assertThat(err.toString(UTF_8))
                .containsPattern(
                        "replay: " + expected().size() + " messages, 100% of the archive, \\d+ msg/s, 0 s left");
    }

    @Test
    void reportDetailsNameTheFieldAndNeverABsn(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.csv");
        assertThat(replay(SAMPLES.toString(), "--report", report.toString())).isZero();

        Map<String, CSVRecord> rows = rows(report);

        assertThat(rows.get("reflex/invalid/bsn-eleven-test.xml").get("detail")).startsWith("employee.bsn: ");
        assertThat(rows.get("zz-duplicates/" + duplicateName()).get("detail")).startsWith("duplicate of reflex/valid/");
        assertThat(rows.get("reflex/valid/ziek-uitzendkracht.xml").get("message_id"))
                .isNotBlank();
        assertThat(rows.get("reflex/valid/ziek-uitzendkracht.xml").get("format"))
                .isEqualTo("REFLEX_V1");
        assertThat(Files.readString(report, UTF_8)).doesNotContainPattern("(?<![0-9])[0-9]{9}(?![0-9])");
    }

    @Test
    void replaysAZipArchiveLikeADirectory(@TempDir Path dir) throws IOException {
        Path zip = dir.resolve("archive.zip");
        try (ZipOutputStream zipped = new ZipOutputStream(Files.newOutputStream(zip));
                Stream<Path> files = Files.walk(SAMPLES)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                zipped.putNextEntry(
                        new ZipEntry(SAMPLES.relativize(file).toString().replace('\\', '/')));
                zipped.write(Files.readAllBytes(file));
                zipped.closeEntry();
            }
        }
        Path report = dir.resolve("zip.csv");

        assertThat(replay(zip.toString(), "--report", report.toString())).isZero();
        assertThat(outcomesAndCodes(report)).isEqualTo(expected());
    }

    @Test
    void aMissingInputIsAClearErrorWithExitCodeTwo(@TempDir Path dir) {
        int exit = replay(
                dir.resolve("nope").toString(), "--report", dir.resolve("r.csv").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("does not exist").contains("Usage:");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void anUnreadableZipIsAClearErrorWithExitCodeTwo(@TempDir Path dir) throws IOException {
        Path notAZip = Files.writeString(dir.resolve("archive.zip"), "this is not a zip archive");

        int exit = replay(notAZip.toString(), "--report", dir.resolve("r.csv").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("cannot read zip archive");
    }

    @Test
    void aMissingReportOptionIsAUsageError() {
        assertThat(replay("samples")).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("--report");
    }

    @Test
    void anEmptyArchiveReplaysNothingAndSaysSo(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path report = dir.resolve("empty.csv");

        assertThat(replay(empty.toString(), "--report", report.toString())).isZero();
        assertThat(out.toString(UTF_8)).contains("Replayed 0 messages");
        assertThat(Files.readAllLines(report, UTF_8)).hasSize(1);
    }

    private static Map<String, String> expected() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(SAMPLES.resolve("expected.csv"), UTF_8)) {
            for (CSVRecord row : header().parse(reader)) {
                expected.put(row.get("source"), verdict(row));
            }
        }
        return expected;
    }

    private static Map<String, String> outcomesAndCodes(Path report) throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        rows(report).forEach((source, row) -> actual.put(source, verdict(row)));
        return actual;
    }

    /** What the engine decided about one message: its outcome, its codes and what it queued for UWV. */
    private static String verdict(CSVRecord row) {
        return row.get("outcome") + " [" + row.get("codes") + "] uwv: [" + row.get("uwv_flows") + "]";
    }

    private static Map<String, CSVRecord> rows(Path report) {
        return ReportFiles.bySource(report);
    }

    private static String duplicateName() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("zz-duplicates"))) {
            List<Path> copies = files.toList();
            assertThat(copies).hasSize(1);
            return copies.get(0).getFileName().toString();
        }
    }

    private static CSVFormat header() {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    }
}
