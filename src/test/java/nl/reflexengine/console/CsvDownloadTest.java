package nl.reflexengine.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** The console's CSV files: a download with a header, and no cell a spreadsheet would run as a formula. */
class CsvDownloadTest {

    @Test
    void cellsThatStartLikeAFormulaAreWrittenAsText() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        CsvDownload.write(
                response,
                "x.csv",
                List.of("name", "count", "note"),
                List.of(Arrays.asList("=HYPERLINK(\"http://x\")", 3, null), Arrays.asList("J.P. Bakker", -1, "@home")));

        assertThat(response.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"x.csv\"");
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getContentAsString().split("\r\n"))
                .containsExactly("name,count,note", "\"'=HYPERLINK(\"\"http://x\"\")\",3,", "J.P. Bakker,-1,'@home");
    }
}
