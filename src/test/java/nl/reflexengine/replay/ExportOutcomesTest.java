package nl.reflexengine.replay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.FreshRecords;
import nl.reflexengine.uwv.UwvOutbox;
import org.apache.camel.ProducerTemplate;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine recorded, exported from its database while it runs, and compared with a replay of the
 * same archive.
 */
@EngineTest
class ExportOutcomesTest {

    /** Received on a Monday in March, long before the test runs: a replay must judge as of then. */
    private static final Instant RECEIVED = Instant.parse("2026-10-13T08:30:00Z");

    private static final List<String> ARCHIVE = List.of(
            "reflex/invalid/bsn-eleven-test.xml",
            "reflex/test/test-zonnig-geslaagd.xml",
            "reflex/valid/adres-verblijf-polen.xml",
            "reflex/valid/correctie-adres-verblijf-polen.xml",
            "reflex/valid/ziek-uitzendkracht.xml",
            "reflex/valid/ziek-zwangerschap.xml",
            "zz-duplicates/ziek-uitzendkracht.xml");

    @Autowired
    ProducerTemplate template;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UwvOutbox uwvOutbox;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void noEarlierRecords() {
        FreshRecords.forgetAll(jdbc);
    }

    @Test
    void theExportOfARunningEnginesDatabaseHoldsTheOutcomesItRecorded() throws Exception {
        List<Submission> recorded = ingestArchive();
        Path export = dir.resolve("export/recorded.csv");

        int exit = ExportOutcomesLauncher.run(
                new String[] {"--out", export.toString(), "--spring.datasource.url=" + databaseUrl},
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));

        assertThat(exit).as(err.toString(UTF_8)).isZero();
        List<CSVRecord> rows = rows(export);
        assertThat(rows).hasSize(recorded.size());
        for (int i = 0; i < recorded.size(); i++) {
            Submission submission = recorded.get(i);
            CSVRecord row = rows.get(i);
            assertThat(row.get("source")).isEqualTo(ARCHIVE.get(i));
            assertThat(row.get("outcome")).isEqualTo(submission.outcome().name());
            assertThat(row.get("sha256")).isEqualTo(submission.sha256());
            assertThat(row.get("received_at")).isEqualTo(RECEIVED.toString());
            assertThat(row.get("claim_number")).isEqualTo(nullToEmpty(submission.claimNumber()));
            assertThat(row.get("uwv_flows")).isEqualTo(String.join(";", submission.uwvFlows()));
            if (submission.claim() != null) {
                assertThat(row.get("claim_status")).isEqualTo(submission.claim().status());
                assertThat(row.get("days_late"))
                        .isEqualTo(String.valueOf(submission.claim().daysLate()));
                assertThat(row.get("uwv_due_at"))
                        .isEqualTo(ReplayReport.instant(submission.claim().uwvDue()));
            }
        }
        assertThat(rows.get(0).get("codes")).isEqualTo("BSN_ELEVEN_TEST");
        assertThat(rows.get(0).get("detail")).startsWith("employee.bsn: ");
        assertThat(rows.get(6).get("detail")).startsWith("duplicate of reflex/valid/ziek-uitzendkracht.xml");
        assertThat(out.toString(UTF_8)).contains("Exported 7 recorded outcomes");
    }

    @Test
    void aReplayOfTheSameArchiveFindsNothingDifferentFromWhatTheEngineRecorded() throws Exception {
        ingestArchive();
        Path export = export();
        Path archive = dir.resolve("archive");
        StringBuilder manifest = new StringBuilder("path,received_at\n");
        for (String path : ARCHIVE) {
            Path copy = archive.resolve(path);
            Files.createDirectories(copy.getParent());
            Files.copy(Path.of("samples").resolve(path), copy);
            manifest.append(path).append(',').append(RECEIVED).append('\n');
        }
        Files.writeString(archive.resolve("received.csv"), manifest);
        Path report = dir.resolve("replay/report.csv");

        int exit = ReplayLauncher.run(
                new String[] {archive.toString(), "--report", report.toString(), "--compare-with", export.toString()},
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));

        assertThat(exit)
                .as(err.toString(UTF_8)
                        + out.toString(UTF_8)
                        + Files.readString(report.resolveSibling("diff.csv"))
                        + Files.readString(export))
                .isZero();
        assertThat(out.toString(UTF_8)).contains("no message differs from " + export.getFileName());
        assertThat(rows(report.resolveSibling("diff.csv"))).isEmpty();
    }

    @Test
    void anExportFiltersByClientAndPeriod() throws Exception {
        List<String> zonnig = ingestArchive().stream()
                .filter(submission -> "C-ZONNIG".equals(submission.clientId()))
                .map(submission -> submission.inbound().source())
                .toList();

        assertThat(sources(export("--from", "2026-10-13", "--to", "2026-10-13", "--client", "C-ZONNIG")))
                .isNotEmpty()
                .hasSizeLessThan(ARCHIVE.size())
                .isEqualTo(zonnig);
        assertThat(sources(export("--from", "2026-10-14"))).isEmpty();
        assertThat(sources(export("--to", "2026-10-12"))).isEmpty();
    }

    private Path export(String... filter) {
        Path export = dir.resolve("export-" + String.join("", filter).replaceAll("[^A-Za-z0-9]", "") + ".csv");
        List<String> args = new ArrayList<>(List.of(filter));
        args.addAll(List.of("--out", export.toString(), "--spring.datasource.url=" + databaseUrl));
        int exit = ExportOutcomesLauncher.run(
                args.toArray(String[]::new), new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
        assertThat(exit).as(err.toString(UTF_8)).isZero();
        return export;
    }

    private static List<String> sources(Path export) throws IOException {
        return rows(export).stream().map(row -> row.get("source")).toList();
    }

    @Test
    void aMissingOutOptionIsAUsageError() {
        int exit = ExportOutcomesLauncher.run(
                new String[] {"--from", "2026-10-01"},
                new PrintStream(out, true, UTF_8),
                new PrintStream(err, true, UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(UTF_8)).contains("--out").contains("Usage:");
    }

    /** The archive as the engine received it, each file at the same moment. */
    private List<Submission> ingestArchive() throws IOException {
        List<Submission> recorded = new ArrayList<>();
        for (String path : ARCHIVE) {
            byte[] raw = Files.readAllBytes(Path.of("samples").resolve(path));
            recorded.add(template.requestBody(
                    "direct:ingest",
                    InboundMessage.file(raw, Channel.REPLAY, path, RECEIVED, false),
                    Submission.class));
            uwvOutbox.assumeSent(); // as the engine's outbox sends it before the next message arrives
        }
        assertThat(recorded.get(3).uwvFlows())
                .as("the correction withdraws and resends the Ziekteaangifte that left")
                .containsExactly("ZIEKTEAANGIFTE_INTREKKING", "ZIEKTEAANGIFTE");
        return recorded;
    }

    private static List<CSVRecord> rows(Path csv) {
        return ReportFiles.rows(csv);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
