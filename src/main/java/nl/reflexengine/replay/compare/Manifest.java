package nl.reflexengine.replay.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a replay was made of and what it made, so an auditor can tell whether two replays ran on the same
 * engine, schemas, routes, reference data, settings and archive. Every file is named by its SHA-256.
 *
 * @param engineVersion the engine's version
 * @param files every file of the named folders, by {@code folder/relative/path}
 * @param settings the settings that decide outcomes, by key
 * @param archive the archive replayed
 * @param outputs the files the replay and the comparison wrote
 */
public record Manifest(
        String engineVersion,
        List<HashedFile> files,
        SortedMap<String, String> settings,
        Archive archive,
        List<HashedFile> outputs) {

    /**
     * @param path the file's name or path, {@code /}-separated
     * @param sha256 its SHA-256 in lower-case hex
     */
    public record HashedFile(String path, String sha256) {}

    /**
     * @param name the archive's file or folder name
     * @param folder true for a folder, whose hash is the one {@link Sha256#ofFolder} documents: the SHA-256
     *     of its {@code sha256sum} listing, sorted by path
     * @param sha256 the SHA-256 of the file, or of the folder's listing
     */
    public record Archive(String name, boolean folder, String sha256) {}

    public Manifest {
        files = List.copyOf(files);
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(settings));
        outputs = List.copyOf(outputs);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This manifest with one more output file, hashed now: for a file written after the manifest was made. */
    public Manifest withOutput(String name, Path file) {
        List<HashedFile> more = new ArrayList<>(outputs);
        more.add(hashed(name, file));
        return new Manifest(engineVersion, files, settings, archive, more);
    }

    private static HashedFile hashed(String name, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no file to hash for " + name + ": " + file);
        }
        return new HashedFile(name, Sha256.of(file));
    }

    /** Hashes each file as it is named, so a missing folder or file fails here, not in the summary. */
    public static final class Builder {

        private String engineVersion;
        private final List<HashedFile> files = new ArrayList<>();
        private final SortedMap<String, String> settings = new TreeMap<>();
        private Archive archive;
        private final List<HashedFile> outputs = new ArrayList<>();

        private Builder() {}

        public Builder engineVersion(String engineVersion) {
            this.engineVersion = engineVersion;
            return this;
        }

        /** Every file below {@code folder}, listed as {@code name/relative/path} in byte order of the path. */
        public Builder folder(String name, Path folder) {
            Sha256.filesUnder(folder).forEach((path, sha256) -> files.add(new HashedFile(name + "/" + path, sha256)));
            return this;
        }

        public Builder settings(Map<String, String> settings) {
            this.settings.putAll(settings);
            return this;
        }

        /** The archive: a file is hashed as it is, a folder by the listing {@link Sha256#ofFolder} documents. */
        public Builder archive(Path archive) {
            String name = String.valueOf(archive.toAbsolutePath().normalize().getFileName());
            if (Files.isDirectory(archive)) {
                this.archive = new Archive(name, true, Sha256.ofFolder(archive));
            } else if (Files.isRegularFile(archive)) {
                this.archive = new Archive(name, false, Sha256.of(archive));
            } else {
                throw new IllegalArgumentException("no archive at " + archive);
            }
            return this;
        }

        public Builder output(String name, Path file) {
            outputs.add(hashed(name, file));
            return this;
        }

        public Manifest build() {
            if (engineVersion == null || engineVersion.isBlank()) {
                throw new IllegalStateException("a manifest needs the engine version");
            }
            if (archive == null) {
                throw new IllegalStateException("a manifest needs the archive");
            }
            return new Manifest(engineVersion, files, settings, archive, outputs);
        }
    }
}
