package nl.reflexengine.replay.compare;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes what a comparison found for the auditors: diff.csv, summary.html and, if asked, summary.pdf. */
public final class Summary {

    public static final String DIFF_CSV = "diff.csv";
    public static final String SUMMARY_HTML = "summary.html";
    public static final String SUMMARY_PDF = "summary.pdf";

    private Summary() {}

    /**
     * Writes the files into {@code dir}, creating it if needed. diff.csv is written first, so the manifest on
     * the summary names its SHA-256 along with the outputs the given manifest already holds.
     *
     * @return the files written, in the order written
     */
    public static List<Path> write(Path dir, Comparison.Result result, Manifest manifest, boolean pdf) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Path diffCsv = dir.resolve(DIFF_CSV);
            DiffCsv.write(diffCsv, result.differences());
            written.add(diffCsv);

            String xhtml = SummaryHtml.render(result, manifest.withOutput(DIFF_CSV, diffCsv));
            Path html = dir.resolve(SUMMARY_HTML);
            Files.writeString(html, xhtml, UTF_8);
            written.add(html);

            if (pdf) {
                Path summaryPdf = dir.resolve(SUMMARY_PDF);
                SummaryPdf.write(summaryPdf, xhtml);
                written.add(summaryPdf);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the comparison into " + dir, e);
        }
        return List.copyOf(written);
    }
}
