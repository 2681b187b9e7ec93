package nl.reflexengine.replay;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The files of an archive as the auditor keeps it: a folder tree, a zip of one, or a single file. Files are
 * listed by path in a fixed order (sorted), so "the second copy" is the same copy on every replay; each is
 * opened only when its turn comes.
 */
abstract sealed class ArchiveTree implements Closeable {

    /**
     * One file of the archive.
     *
     * @param path its path below the archive's root, with {@code /} between folders
     * @param modified when the file was last modified, as the file system or zip entry says
     * @param size its size in bytes, where known (else 0)
     */
    record File(String path, Instant modified, long size) {

        String name() {
            return path.substring(path.lastIndexOf('/') + 1);
        }

        String extension() {
            String name = name().toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(dot + 1);
        }

        /** The folders it lies in, outermost first. */
        List<String> folders() {
            List<String> parts = List.of(path.split("/"));
            return parts.subList(0, parts.size() - 1);
        }
    }

    static ArchiveTree open(Path input) {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("replay input " + input.toAbsolutePath() + " does not exist");
        }
        if (Files.isDirectory(input)) {
            return new Folder(input);
        }
        if (input.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return new Zip(input);
        }
        return new SingleFile(input);
    }

    /** Every file, sorted by path. */
    abstract List<File> files();

    abstract InputStream open(File file) throws IOException;

    @Override
    public void close() {}

    /** A folder tree, walked once. */
    static final class Folder extends ArchiveTree {
        private final Path root;
        private final List<File> files;

        Folder(Path root) {
            this.root = root;
            try (Stream<Path> walk = Files.walk(root)) {
                this.files = walk.filter(Files::isRegularFile)
                        .map(this::file)
                        .sorted(Comparator.comparing(File::path))
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException(
                        "replay directory " + root.toAbsolutePath() + " cannot be read: " + e.getMessage(), e);
            }
        }

        private File file(Path file) {
            try {
                return new File(
                        root.relativize(file).toString().replace('\\', '/'),
                        Files.getLastModifiedTime(file).toInstant(),
                        Files.size(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        List<File> files() {
            return files;
        }

        @Override
        InputStream open(File file) throws IOException {
            return Files.newInputStream(root.resolve(file.path()));
        }
    }

    /** A zip archive of a folder tree; its entries' names are their paths. */
    static final class Zip extends ArchiveTree {
        private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
        private static final int EXTENDED_TIMESTAMP = 0x5455;
        private static final int NTFS_TIMES = 0x000a;

        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new HashMap<>();
        private final List<File> files;

        Zip(Path file) {
            try {
                this.zip = new ZipFile(file.toFile());
                this.files = zip.stream()
                        .filter(e -> !e.isDirectory())
                        .peek(e -> entries.put(e.getName(), e))
                        .map(e -> new File(e.getName(), modified(e), Math.max(0, e.getSize())))
                        .sorted(Comparator.comparing(File::path))
                        .toList();
            } catch (ZipException e) {
                throw new IllegalArgumentException(
                        "cannot read zip archive " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot open " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }

        /**
         * An entry's time as the zip states it: exact where it carries a time in UTC (the extended timestamp
         * or NTFS field), else the local date and time of the plain zip format, read as Dutch time rather than
         * the time zone of whichever machine replays it, so a replay is the same everywhere.
         */
        static Instant modified(ZipEntry entry) {
            return hasUtcTime(entry.getExtra())
                    ? entry.getLastModifiedTime().toInstant()
                    : entry.getTimeLocal().atZone(DUTCH_TIME).toInstant();
        }

        private static boolean hasUtcTime(byte[] extra) {
            if (extra == null) {
                return false;
            }
            for (int at = 0; at + 4 <= extra.length; ) {
                int id = (extra[at] & 0xff) | (extra[at + 1] & 0xff) << 8;
                int size = (extra[at + 2] & 0xff) | (extra[at + 3] & 0xff) << 8;
                if (id == EXTENDED_TIMESTAMP || id == NTFS_TIMES) {
                    return true;
                }
                at += 4 + size;
            }
            return false;
        }

        @Override
        List<File> files() {
            return files;
        }

        @Override
        InputStream open(File file) throws IOException {
            return zip.getInputStream(entries.get(file.path()));
        }

        @Override
        public void close() {
            try {
                zip.close();
            } catch (IOException ignored) {
                // read-only: nothing to lose
            }
        }
    }

    /** One file given as the archive: a mail, a mailbox export or one message. */
    static final class SingleFile extends ArchiveTree {
        private final Path file;
        private final List<File> files;

        SingleFile(Path file) {
            this.file = file;
            try {
                this.files = List.of(new File(
                        file.getFileName().toString(),
                        Files.getLastModifiedTime(file).toInstant(),
                        Files.size(file)));
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }

        @Override
        List<File> files() {
            return files;
        }

        @Override
        InputStream open(File ignored) throws IOException {
            return Files.newInputStream(file);
        }
    }
}
