package nl.reflexengine.replay;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.reflexengine.testing.GeneratedSection;
import org.junit.jupiter.api.Test;

/**
 * The report's column table in OPERATIONS.md is generated from {@link ReportColumn}. Run with
 * {@code -Dreplay-columns.write=true} to rewrite it in place; the test then fails once, so a rewrite never
 * passes unnoticed.
 */
class ReportColumnCatalogueTest {

    @Test
    void theColumnTableIsGeneratedFromReportColumn() throws Exception {
        GeneratedSection.check(
                Path.of("src/main/resources/OPERATIONS.md"),
                "replay-columns",
                table(),
                ReportColumnCatalogueTest.class.getSimpleName());
    }

    private static String table() {
        return "| column | content |\n| --- | --- |\n"
                + Arrays.stream(ReportColumn.values())
                        .map(column -> "| `" + column.header() + "` | "
                                + column.description().replace("|", "\\|") + " |")
                        .collect(Collectors.joining("\n"));
    }
}
