package nl.reflexengine.replay;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The XML files of an archive, in a fixed order (sorted by path) so that "the second copy" is the same
 * copy on every replay. Each file is read only when its turn comes, and never more than a cap: an
 * oversized file is handed on cut at cap + 1 bytes, which the pipeline rejects as too large.
 */
abstract sealed class ReplaySource implements Closeable {

    /** One XML file of the archive. */
    record Entry(String name, byte[] content) {}

    interface EntryConsumer {
        void accept(Entry entry);
    }

    static ReplaySource open(Path input) {
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("replay input " + input.toAbsolutePath() + " does not exist");
        }
        if (Files.isDirectory(input)) {
            return new DirectorySource(input);
        }
        return new ZipSource(input);
    }

    abstract int size();

    abstract void forEach(long maxBytes, EntryConsumer consumer);

    static boolean isXml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    }

    @Override
    public void close() {}

    static final class DirectorySource extends ReplaySource {
        private final Path root;
        private final List<Path> files;

        DirectorySource(Path root) {
            this.root = root;
            try (Stream<Path> walk = Files.walk(root)) {
                this.files = walk.filter(Files::isRegularFile)
                        .filter(p -> isXml(p.getFileName().toString()))
                        .sorted(Comparator.comparing(this::name))
                        .toList();
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException(
                        "replay directory " + root.toAbsolutePath() + " cannot be read: " + e.getMessage(), e);
            }
        }

        private String name(Path file) {
            return root.relativize(file).toString().replace('\\', '/');
        }

        @Override
        int size() {
            return files.size();
        }

        @Override
        void forEach(long maxBytes, EntryConsumer consumer) {
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    consumer.accept(new Entry(name(file), readCapped(in, maxBytes)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
    }

    static final class ZipSource extends ReplaySource {
        private final ZipFile zip;
        private final List<? extends ZipEntry> entries;

        ZipSource(Path file) {
            try {
                this.zip = new ZipFile(file.toFile());
                this.entries = zip.stream()
                        .filter(e -> !e.isDirectory() && isXml(e.getName()))
                        .sorted(Comparator.comparing(ZipEntry::getName))
                        .toList();
            } catch (ZipException e) {
                throw new IllegalArgumentException(
                        "cannot read zip archive " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot open " + file.toAbsolutePath() + ": " + e.getMessage(), e);
            }
        }

        @Override
        int size() {
            return entries.size();
        }

        @Override
        void forEach(long maxBytes, EntryConsumer consumer) {
            for (ZipEntry entry : entries) {
                try (InputStream in = zip.getInputStream(entry)) {
                    consumer.accept(new Entry(entry.getName(), readCapped(in, maxBytes)));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read zip entry " + entry.getName(), e);
                }
            }
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
}
