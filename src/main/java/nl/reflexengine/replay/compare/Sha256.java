package nl.reflexengine.replay.compare;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** SHA-256 of files and of folders, in lower-case hex, as {@code sha256sum} prints them. */
final class Sha256 {

    /** The order of {@code LC_ALL=C sort}: by the UTF-8 bytes of the path. */
    static final Comparator<String> BY_UTF8_BYTES =
            (a, b) -> Arrays.compareUnsigned(a.getBytes(UTF_8), b.getBytes(UTF_8));

    private Sha256() {}

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String of(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static String of(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(UTF_8)));
    }

    /** Every regular file below {@code folder} by its path relative to it ({@code /}-separated), sorted. */
    static SortedMap<String, String> filesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("not a folder: " + folder);
        }
        SortedMap<String, String> files = new TreeMap<>(BY_UTF8_BYTES);
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).forEach(file -> files.put(relative(folder, file), of(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return files;
    }

    /**
     * One hash for a whole folder: the SHA-256 of the listing that {@code sha256sum} prints for its files in
     * sorted order, one line {@code <sha256>  <relative path>\n} per file. An auditor gets the same with
     * {@code cd folder && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' sha256sum | sha256sum}.
     */
    static String ofFolder(Path folder) {
        return of(listing(filesUnder(folder)));
    }

    static String listing(Map<String, String> files) {
        StringBuilder listing = new StringBuilder();
        files.forEach((path, sha256) ->
                listing.append(sha256).append("  ").append(path).append('\n'));
        return listing.toString();
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }
}
