package nl.reflexengine.replay.compare;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The earlier side, read whole: an earlier replay report, or an export of recorded outcomes (which has a
 * sha256 column and is then matched by content).
 *
 * @param name the file's name, for the summary
 * @param sha256 the file's SHA-256, so the summary names exactly what was compared against
 * @param matchBy how its messages are paired with the replay's
 * @param messages the messages by key, in file order; a comparison removes each as it is matched
 */
record BeforeFile(String name, String sha256, MatchBy matchBy, Map<String, BeforeMessage> messages) {

    /** One message before: what the summary needs of it, not the whole row. */
    record BeforeMessage(String source, Facts facts) {}

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    static BeforeFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the file to compare with does not exist: " + file);
        }
        try (DigestInputStream bytes = new DigestInputStream(Files.newInputStream(file), Sha256.digest());
                BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, UTF_8))) {
            skipByteOrderMark(reader);
            Map<String, BeforeMessage> messages;
            MatchBy matchBy;
            try (CSVParser parser = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                List<String> header = parser.getHeaderNames();
                requireColumns(file, header);
                matchBy = header.contains(MatchBy.SHA256_COLUMN) ? MatchBy.CONTENT_HASH : MatchBy.SOURCE;
                messages = messages(file, parser, matchBy);
            }
            String sha256 = HexFormat.of().formatHex(bytes.getMessageDigest().digest());
            return new BeforeFile(String.valueOf(file.getFileName()), sha256, matchBy, messages);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("cannot read the file to compare with: " + file, e);
        }
    }

    private static Map<String, BeforeMessage> messages(Path file, CSVParser parser, MatchBy matchBy) {
        Map<String, BeforeMessage> messages = new LinkedHashMap<>();
        OccurrenceKeys keys = new OccurrenceKeys();
        for (CSVRecord record : parser) {
            Map<String, String> row = record.toMap();
            try {
                String key = keys.next(matchBy.baseKey(row, row.get(MatchBy.SHA256_COLUMN)));
                messages.put(key, new BeforeMessage(row.get("source"), Facts.of(row)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        file + " row " + record.getRecordNumber() + " after the header: " + e.getMessage(), e);
            }
        }
        return messages;
    }

    private static void requireColumns(Path file, List<String> header) {
        List<String> missing = Facts.COLUMNS.stream()
                .filter(column -> !header.contains(column))
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(file + " lacks the column(s) " + String.join(", ", missing));
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
    }
}
