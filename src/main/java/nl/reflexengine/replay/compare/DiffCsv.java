package nl.reflexengine.replay.compare;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** diff.csv: one row per differing message, in the order of the result, in the replay report's CSV format. */
final class DiffCsv {

    static final String[] COLUMNS = {"key", "source", "client", "before", "after", "codes_added", "codes_removed"};

    private DiffCsv() {}

    static void write(Path file, List<Difference> differences) {
        try (Writer writer = Files.newBufferedWriter(file, UTF_8);
                CSVPrinter printer =
                        CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get().print(writer)) {
            for (Difference difference : differences) {
                printer.printRecord(
                        difference.key(),
                        difference.source(),
                        difference.client(),
                        difference.beforeText(),
                        difference.afterText(),
                        String.join(";", difference.codesAdded()),
                        String.join(";", difference.codesRemoved()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
