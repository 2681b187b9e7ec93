package nl.reflexengine.replay;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replay compared with an earlier one: the same engine and reference data find nothing different (exit
 * 0); one reference row changed, the diff lists exactly the messages that row touches (exit 3).
 */
class ReplayComparisonTest {

    private static final Path ARCHIVE = Path.of("samples/reflex/valid");

    /** A branch that four of the archive's messages name, removed from the reference data. */
    private static final String REMOVED_BRANCH = "DLT-EHV";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void oneReferenceRowChangedListsExactlyTheMessagesItTouchesAndExitsThree() throws Exception {
        Path before = dir.resolve("before/report.csv");
        assertThat(replay(ARCHIVE.toString(), "--report", before.toString()))
                .as(err())
                .isZero();

        Path same = dir.resolve("same/report.csv");
        assertThat(replay(ARCHIVE.toString(), "--report", same.toString(), "--compare-with", before.toString()))
                .as(err())
                .isZero();
        assertThat(Files.readAllLines(same.resolveSibling("diff.csv"), UTF_8))
                .containsExactly("key,source,client,before,after,codes_added,codes_removed");
        assertThat(same.resolveSibling("summary.html")).exists();
        assertThat(out.toString(UTF_8)).contains("no message differs from report.csv (diff.csv, summary.html)");

        Path changed = dir.resolve("changed/report.csv");
        int exit = replay(
                ARCHIVE.toString(),
                "--report",
                changed.toString(),
                "--compare-with",
                before.toString(),
                "--pdf",
                "--reflex.reference.directory=" + referenceWithoutBranch(REMOVED_BRANCH));

        assertThat(exit).as(err()).isEqualTo(3);
        List<CSVRecord> diff = rows(changed.resolveSibling("diff.csv"));
        assertThat(diff).extracting(row -> row.get("source")).containsExactlyElementsOf(naming(REMOVED_BRANCH));
        assertThat(diff).allSatisfy(row -> assertThat(row.get("before")).startsWith("ACCEPTED"));
        assertThat(diff).anySatisfy(row -> assertThat(row.get("codes_added")).contains("UNKNOWN_VESTIGINGSCODE"));
        String summary = Files.readString(changed.resolveSibling("summary.html"), UTF_8);
        assertThat(summary).contains("ACCEPTED").contains("REJECTED").contains("UNKNOWN_VESTIGINGSCODE");
        assertThat(Files.readAllBytes(changed.resolveSibling("summary.pdf"))).startsWith("%PDF".getBytes(UTF_8));
        assertThat(out.toString(UTF_8)).containsPattern("4 of 23 messages differ from report.csv");
    }

    @Test
    void aFileToCompareWithThatLacksColumnsIsAnUnusableInput() throws IOException {
        Path notAReport = Files.writeString(dir.resolve("other.csv"), "name,value\na,1\n");

        int exit = replay(
                ARCHIVE.toString(),
                "--report",
                dir.resolve("r.csv").toString(),
                "--compare-with",
                notAReport.toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("other.csv").contains("outcome");
    }

    /** The archive's files that name the branch, in path order: what removing it must change. */
    private static List<String> naming(String branch) throws IOException {
        try (Stream<Path> files = Files.list(ARCHIVE)) {
            return files.filter(file -> content(file).contains("<Vestigingscode>" + branch + "</Vestigingscode>"))
                    .map(file -> file.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path referenceWithoutBranch(String branch) throws IOException {
        Path reference = Files.createDirectories(dir.resolve("reference"));
        try (Stream<Path> files = Files.list(Path.of("samples/reference"))) {
            for (Path file : files.toList()) {
                Files.copy(file, reference.resolve(file.getFileName()));
            }
        }
        Path branches = reference.resolve("branches.csv");
        Files.write(
                branches,
                Files.readAllLines(branches, UTF_8).stream()
                        .filter(line -> !line.contains("," + branch + ","))
                        .toList(),
                UTF_8);
        return reference;
    }

    private int replay(String... args) {
        return ReplayLauncher.run(args, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    }

    private String err() {
        return err.toString(UTF_8);
    }

    private static List<CSVRecord> rows(Path csv) {
        return ReportFiles.rows(csv);
    }
}
