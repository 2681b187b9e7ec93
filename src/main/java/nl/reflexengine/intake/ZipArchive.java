package nl.reflexengine.intake;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The XML files inside a zip, read as a stream with caps: never more than {@code maxEntries} files and
 * never more than {@code maxEntryBytes + 1} bytes of one, so a zip bomb costs us a bounded read. Entry
 * names are only labels: nothing is written to disk, so "../" in a name cannot escape anywhere.
 */
public final class ZipArchive {

    /** One XML file of the archive; content cut at the cap + 1 byte, which validation rejects as too large. */
    public record Entry(String name, byte[] content) {}

    /** The archive cannot be read, or holds more XML files than allowed. */
    public static final class Unusable extends Exception {
        private final boolean tooMany;

        Unusable(String message, boolean tooMany) {
            super(message);
            this.tooMany = tooMany;
        }

        public boolean tooMany() {
            return tooMany;
        }
    }

    private ZipArchive() {}

    public static boolean isZip(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    public static boolean isXml(String name) {
        return name != null && name.toLowerCase(Locale.ROOT).endsWith(".xml");
    }

    private static boolean climbsOut(String name) {
        String normalized = name.replace('\\', '/');
        return normalized.startsWith("/")
                || normalized.matches("^[A-Za-z]:.*")
                || java.util.Arrays.asList(normalized.split("/")).contains("..");
    }

    public static List<Entry> xmlEntries(InputStream in, long maxEntryBytes, int maxEntries) throws Unusable {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || !isXml(entry.getName())) {
                    continue;
                }
                if (climbsOut(entry.getName())) {
                    // harmless to us (names are labels), but no honest payroll system makes such a zip
                    throw new Unusable("unsafe entry name", false);
                }
                if (entries.size() == maxEntries) {
                    throw new Unusable("more than " + maxEntries + " XML files", true);
                }
                entries.add(new Entry(
                        entry.getName(), zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxEntryBytes + 1))));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new Unusable("not a readable zip archive: " + e.getMessage(), false);
        }
        if (entries.isEmpty()) {
            throw new Unusable("no XML files", false);
        }
        return entries;
    }
}
