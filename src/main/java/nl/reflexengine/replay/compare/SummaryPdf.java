package nl.reflexengine.replay.compare;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * summary.pdf, rendered from the summary's XHTML with the PDF's built-in fonts. Every external resource
 * is refused, so rendering never reaches the network even if a value looked like a link.
 */
final class SummaryPdf {

    private SummaryPdf() {}

    static void write(Path file, String xhtml) {
        try (OutputStream out = Files.newOutputStream(file)) {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(xhtml, null)
                    .withProducer("Reflex Engine")
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
