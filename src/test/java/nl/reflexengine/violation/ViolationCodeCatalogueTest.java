package nl.reflexengine.violation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

/** The violation codes are a contract: documented in schemas/README.md and each shown by a sample. */
class ViolationCodeCatalogueTest {

    private static final Path SCHEMAS_README = Path.of("schemas/README.md");
    private static final Path EXPECTED_README = Path.of("target/schemas-README.md");
    private static final String START = "<!-- violation-codes:start -->";
    private static final String END = "<!-- violation-codes:end -->";
    private static final String WRITE = "violation-codes.write";
    private static final String HOW_TO_UPDATE = "The violation-code tables in " + SCHEMAS_README
            + " differ from ViolationCode (they are generated from it; edit the enum, not the tables). The"
            + " expected file is " + EXPECTED_README + ". To update " + SCHEMAS_README + " in place, run"
            + " ./mvnw -B test -Dtest=ViolationCodeCatalogueTest -D" + WRITE + "=true, review the change and"
            + " run the test again.";

    /**
     * Codes no sample file can show: a sample over 5 MiB, a defect of ours (IngestFailureTest), and what
     * only a mail or drop can carry (the mail and SFTP intake tests), and a reused message id
     * (ClaimsFlowTest; a sample would turn the replay of every sample into a test of file order).
     */
    private static final Set<ViolationCode> WITHOUT_SAMPLE = EnumSet.of(
            ViolationCode.MESSAGE_TOO_LARGE,
            ViolationCode.PROCESSING_FAILED,
            ViolationCode.UNKNOWN_SENDER,
            ViolationCode.NO_XML_ATTACHMENT,
            ViolationCode.MAIL_UNREADABLE,
            ViolationCode.TOO_MANY_ATTACHMENTS,
            ViolationCode.ZIP_UNREADABLE,
            ViolationCode.SENDER_NOT_AUTHORISED_FOR_EMPLOYER,
            ViolationCode.MESSAGE_ID_ALREADY_USED);

    /**
     * Every code is in the code tables of schemas/README.md, which are generated from {@link ViolationCode}
     * (between the markers {@value #START} and {@value #END}): one table per stage that has codes, in stage
     * order, headed by the stage's title; within a stage, the codes in enum order. The README as it should be is always written
     * to target/schemas-README.md. Run with {@code -Dviolation-codes.write=true} to rewrite the section in
     * schemas/README.md in place: the test then still fails, once, so that a rewrite never passes unnoticed;
     * the next run passes.
     */
    @Test
    void everyCodeIsInTheReadmeTable() throws Exception {
        String readme = Files.readString(SCHEMAS_README);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        if (start < 0 || end < start || readme.indexOf(START, start + 1) >= 0 || readme.indexOf(END, end + 1) >= 0) {
            fail(SCHEMAS_README + " must hold the markers " + START + " and " + END + " once each, in this order");
        }
        String section = readme.substring(start + START.length(), end);
        String generated = codeTables();
        String expected = readme.substring(0, start + START.length()) + generated + readme.substring(end);
        Files.createDirectories(EXPECTED_README.getParent());
        Files.writeString(EXPECTED_README, expected);

        if (!section.equals(generated) && Boolean.getBoolean(WRITE)) {
            Files.writeString(SCHEMAS_README, expected);
            fail(SCHEMAS_README + " was out of date and has been rewritten from ViolationCode (between the"
                    + " markers). Review the change and run the test again without -D" + WRITE + ".");
        }
        assertThat(section).as(HOW_TO_UPDATE).isEqualTo(generated);
    }

    @Test
    void everyCodeIsTriggeredBySomeSample() throws Exception {
        Set<String> sampled;
        try (var reader = Files.newBufferedReader(Path.of("samples/expected.csv"))) {
            sampled = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .map(row -> row.get("codes"))
                    .flatMap(codes -> Arrays.stream(codes.split(";")))
                    .filter(code -> !code.isBlank())
                    .collect(Collectors.toSet());
        }

        Set<String> missing = Arrays.stream(ViolationCode.values())
                .filter(code -> !WITHOUT_SAMPLE.contains(code))
                .map(Enum::name)
                .filter(code -> !sampled.contains(code))
                .collect(Collectors.toSet());
        assertThat(missing).isEmpty();
    }

    @Test
    void everyExplanationIsASentenceWithoutPlaceholders() {
        assertThat(ViolationCode.values())
                .allSatisfy(code ->
                        assertThat(code.explanation()).doesNotContain("{").endsWith("."));
    }

    /** What schemas/README.md holds between the markers: a blank line, the tables, a blank line. */
    static String codeTables() {
        List<String> tables = new ArrayList<>();
        for (ViolationCode.Stage stage : ViolationCode.Stage.values()) {
            List<ViolationCode> codes = Arrays.stream(ViolationCode.values())
                    .filter(code -> code.stage() == stage)
                    .toList();
            if (codes.isEmpty()) {
                continue;
            }
            StringBuilder table = new StringBuilder()
                    .append("**")
                    .append(stage.title())
                    .append("**\n\n")
                    .append("| code | meaning | text for the sender (Dutch) |\n")
                    .append("| --- | --- | --- |\n");
            for (ViolationCode code : codes) {
                table.append("| `")
                        .append(code.name())
                        .append("` | ")
                        .append(cell(code.meaning()))
                        .append(" | ")
                        .append(cell(code.explanation()))
                        .append(" |\n");
            }
            tables.add(table.toString());
        }
        return "\n\n" + String.join("\n", tables) + "\n";
    }

    /** A table cell: a | inside would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
