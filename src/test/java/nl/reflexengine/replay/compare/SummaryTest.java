package nl.reflexengine.replay.compare;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.reflexengine.replay.compare.ReportRows.accepted;
import static nl.reflexengine.replay.compare.ReportRows.rejected;
import static nl.reflexengine.replay.compare.ReportRows.report;
import static nl.reflexengine.replay.compare.ReportRows.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class SummaryTest {

    @TempDir
    Path dir;

    private Comparison.Result result;
    private Manifest manifest;

    /** Three messages before; the replay rejects one, fines one, brings one new and misses one. */
    @BeforeEach
    void compare() throws IOException {
        Path before = report(
                dir.resolve("before.csv"),
                List.of(accepted("a.xml"), accepted("b.xml"), rejected("c.xml", "BSN_INVALID;FIRST_DAY_MISSING")));
        Comparison comparison = Comparison.against(before);
        comparison.add(rejected("a.xml", "LATE_REPORT"), null, "C-ZONNIG");
        comparison.add(with(with(accepted("b.xml"), "days_late", "4"), "fine_eur", "150"), null, "C-ZONNIG");
        comparison.add(rejected("d.xml", "BSN_INVALID"), null, "C-<ZON & NIG>");
        result = comparison.finish();

        Path report = Files.writeString(dir.resolve("replay-report.csv"), "source\r\n");
        manifest = Manifest.builder()
                .engineVersion("0.1.0-SNAPSHOT")
                .archive(before)
                .settings(Map.of("reflex.claims.fine-eur", "150"))
                .output("replay-report.csv", report)
                .build();
    }

    @Test
    void writesDiffCsvByteForByte() throws IOException {
        Path out = dir.resolve("out");

        Summary.write(out, result, manifest, false);

        assertThat(Files.readString(out.resolve("diff.csv"), UTF_8)).isEqualTo("""
                        key,source,client,before,after,codes_added,codes_removed\r
                        a.xml,a.xml,C-ZONNIG,ACCEPTED; codes=; claim_touched=true; claim_status=LOPEND;\
                         uwv_flows=ZIEKTEAANGIFTE; days_late=0; fine_eur=0,REJECTED; codes=LATE_REPORT;\
                         claim_touched=false; claim_status=; uwv_flows=; days_late=; fine_eur=,LATE_REPORT,\r
                        b.xml,b.xml,C-ZONNIG,ACCEPTED; days_late=0; fine_eur=0,ACCEPTED; days_late=4; fine_eur=150,,\r
                        d.xml,d.xml,C-<ZON & NIG>,(absent),REJECTED; codes=BSN_INVALID; claim_touched=false;\
                         claim_status=; uwv_flows=; days_late=; fine_eur=,,\r
                        c.xml,c.xml,,REJECTED; codes=BSN_INVALID;FIRST_DAY_MISSING; claim_touched=false;\
                         claim_status=; uwv_flows=; days_late=; fine_eur=,(absent),,\r
                        """);
    }

    @Test
    void writesTheSameBytesTwice() throws IOException {
        Summary.write(dir.resolve("one"), result, manifest, false);
        Summary.write(dir.resolve("two"), result, manifest, false);

        for (String name : List.of(Summary.DIFF_CSV, Summary.SUMMARY_HTML)) {
            assertThat(Files.readAllBytes(dir.resolve("two").resolve(name)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("one").resolve(name)));
        }
    }

    @Test
    void summaryIsWellFormedXhtmlWithTheTransitionsAndTheManifest() throws Exception {
        Path out = dir.resolve("out");

        List<Path> written = Summary.write(out, result, manifest, false);

        assertThat(written).containsExactly(out.resolve("diff.csv"), out.resolve("summary.html"));
        Document page = parse(Files.readAllBytes(out.resolve("summary.html")));
        assertThat(rows(page))
                .contains(
                        "ACCEPTED -> REJECTED | 1",
                        "(afwezig) -> REJECTED | 1",
                        "REJECTED -> (afwezig) | 1",
                        "Uitkomst ongewijzigd | 1",
                        "Berichten in beide bestanden | 2",
                        "Verschillend | 2",
                        "Alleen in de referentie (ontbreken in de replay) | 1",
                        "LATE_REPORT | 1 | 0",
                        "C-<ZON & NIG> | 1 | 1",
                        "(onbekend) | 1 | 1",
                        "reflex.claims.fine-eur | 150",
                        "replay-report.csv | " + Sha256.of(dir.resolve("replay-report.csv")),
                        "diff.csv | " + Sha256.of(out.resolve("diff.csv")));
        assertThat(text(page, "/*[local-name()='html']/*[local-name()='body']/*[local-name()='h1']"))
                .isEqualTo("Samenvatting vergelijking replay");
    }

    @Test
    void summaryHasNoScriptsAndLoadsNothingFromElsewhere() throws IOException {
        Summary.write(dir, result, manifest, false);

        String html = Files.readString(dir.resolve("summary.html"), UTF_8);
        assertThat(html).doesNotContain("<script", "<link", "<img", "src=", "href=", "url(", "@import");
        assertThat(html).contains("C-&lt;ZON &amp; NIG&gt;");
    }

    @Test
    void escapesMarkupAndCharactersXmlCannotHold() {
        assertThat(Xhtml.escape("<b a=\"1\">'x' & y</b>\u0007"))
                .isEqualTo("&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; y&lt;/b&gt;?");
    }

    @Test
    void rendersThePdfFromTheSamePage() throws IOException {
        List<Path> written = Summary.write(dir, result, manifest, true);

        Path pdf = dir.resolve("summary.pdf");
        assertThat(written).endsWith(pdf);
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, UTF_8)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Samenvatting vergelijking replay", "Overgangen van uitkomst", "Manifest");
            assertThat(text).contains("ACCEPTED -> REJECTED");
        }
    }

    private static Document parse(byte[] xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // a well-formed page needs nothing from outside to be read
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml));
    }

    /** Every table row of the page as its cells joined with " | ". */
    private static List<String> rows(Document page) throws Exception {
        NodeList rows = (NodeList)
                XPathFactory.newInstance().newXPath().evaluate("//*[local-name()='tr']", page, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            NodeList cells = rows.item(i).getChildNodes();
            List<String> row = new ArrayList<>();
            for (int j = 0; j < cells.getLength(); j++) {
                if (cells.item(j).getNodeType() == Node.ELEMENT_NODE) {
                    row.add(cells.item(j).getTextContent());
                }
            }
            texts.add(String.join(" | ", row));
        }
        return texts;
    }

    private static String text(Document page, String xpath) throws Exception {
        return XPathFactory.newInstance().newXPath().evaluate(xpath, page);
    }
}
