package nl.reflexengine.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The report's column table in OPERATIONS.md is generated from {@link ReportColumn}. Run with
 * {@code -Dreplay-columns.write=true} to rewrite it in place; the test then fails once, so a rewrite never
 * passes unnoticed.
 */
class ReportColumnCatalogueTest {

    private static final Path OPERATIONS = Path.of("src/main/resources/OPERATIONS.md");
    private static final String START = "<!-- replay-columns:start -->";
    private static final String END = "<!-- replay-columns:end -->";
    private static final String WRITE = "replay-columns.write";

    @Test
    void theColumnTableIsGeneratedFromReportColumn() throws Exception {
        String operations = Files.readString(OPERATIONS);
        int start = operations.indexOf(START);
        int end = operations.indexOf(END);
        if (start < 0 || end < start) {
            fail(OPERATIONS + " must hold the markers " + START + " and " + END + ", in this order");
        }
        String section = operations.substring(start + START.length(), end);
        String generated = "\n" + table() + "\n";
        if (!section.equals(generated) && Boolean.getBoolean(WRITE)) {
            Files.writeString(
                    OPERATIONS,
                    operations.substring(0, start + START.length()) + generated + operations.substring(end));
            fail(OPERATIONS + " was rewritten from ReportColumn; review the change and run again without -D" + WRITE);
        }
        assertThat(section)
                .as("the column table in " + OPERATIONS + " differs from ReportColumn; run ./mvnw -B test"
                        + " -Dtest=ReportColumnCatalogueTest -D" + WRITE + "=true")
                .isEqualTo(generated);
    }

    private static String table() {
        return "| column | content |\n| --- | --- |\n"
                + Arrays.stream(ReportColumn.values())
                        .map(column -> "| `" + column.header() + "` | "
                                + column.description().replace("|", "\\|") + " |")
                        .collect(Collectors.joining("\n"));
    }
}
