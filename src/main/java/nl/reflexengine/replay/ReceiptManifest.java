package nl.reflexengine.replay;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The receipt times an archive states itself: a {@code received.csv} (columns {@code path,received_at}) in
 * any folder names files by their path below that folder. The nearest manifest naming a file wins. A time
 * is an ISO-8601 instant ({@code 2026-03-02T08:15:00Z}) or date-time with offset
 * ({@code 2026-03-02T09:15:00+01:00}).
 */
final class ReceiptManifest {

    static final String FILE_NAME = "received.csv";

    /** Folder (path below the root, "" for the root) to the times its manifest names. */
    private final Map<String, Map<String, Instant>> byFolder = new HashMap<>();

    private ReceiptManifest() {}

    /** Reads every manifest of the archive; a manifest that cannot be read is an unusable input. */
    static ReceiptManifest read(ArchiveTree archive) {
        ReceiptManifest manifest = new ReceiptManifest();
        for (ArchiveTree.File file : archive.files()) {
            if (isManifest(file)) {
                String folder = String.join("/", file.folders());
                manifest.byFolder.put(folder, times(archive, file));
            }
        }
        return manifest;
    }

    static boolean isManifest(ArchiveTree.File file) {
        return file.name().equals(FILE_NAME);
    }

    /** The time the nearest manifest states for this file. */
    Optional<Instant> receivedAt(ArchiveTree.File file) {
        List<String> folders = file.folders();
        for (int depth = folders.size(); depth >= 0; depth--) {
            Map<String, Instant> times = byFolder.get(String.join("/", folders.subList(0, depth)));
            if (times != null) {
                String below = String.join("/", file.folders().subList(depth, folders.size()));
                Instant at = times.get(below.isEmpty() ? file.name() : below + "/" + file.name());
                if (at != null) {
                    return Optional.of(at);
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, Instant> times(ArchiveTree archive, ArchiveTree.File file) {
        Map<String, Instant> times = new HashMap<>();
        try (Reader reader = new InputStreamReader(archive.open(file), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .setIgnoreEmptyLines(true)
                    .get()
                    .parse(reader)) {
                if (!row.isMapped("path") || !row.isMapped("received_at")) {
                    throw unusable(file, "needs the columns path,received_at");
                }
                String path = row.get("path").replace('\\', '/');
                if (times.put(path, instant(row.get("received_at"), file, row)) != null) {
                    throw unusable(file, "names " + path + " twice (line " + (row.getRecordNumber() + 1) + ")");
                }
            }
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            if (e instanceof UnusableManifest unusable) {
                throw unusable;
            }
            throw unusable(file, "cannot be read: " + e.getMessage());
        }
        return times;
    }

    private static Instant instant(String value, ArchiveTree.File file, CSVRecord row) {
        try {
            return Receipt.parse(value);
        } catch (DateTimeParseException e) {
            throw unusable(
                    file,
                    "line " + (row.getRecordNumber() + 1) + ": received_at '" + value + "' is not "
                            + Receipt.INSTANT_EXAMPLE);
        }
    }

    private static UnusableManifest unusable(ArchiveTree.File file, String problem) {
        return new UnusableManifest(file.path() + " " + problem);
    }

    /** The manifest cannot be used: the replay does not start. */
    static final class UnusableManifest extends IllegalArgumentException {
        UnusableManifest(String message) {
            super(message);
        }
    }
}
