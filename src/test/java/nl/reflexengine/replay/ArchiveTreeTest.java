package nl.reflexengine.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTreeTest {

    @TempDir
    Path dir;

    /**
     * A plain zip keeps a local date and time without zone: read as Dutch time, not as the replaying
     * machine's, so the same zip replays the same in New York. An entry with a UTC time keeps it exactly.
     */
    @Test
    void aZipEntrysTimeIsTheSameOnEveryMachine() throws Exception {
        Path zip = dir.resolve("drops.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            ZipEntry local = new ZipEntry("C-ZONNIG/local.xml");
            local.setTimeLocal(LocalDateTime.parse("2026-10-13T10:30:00"));
            out.putNextEntry(local);
            out.closeEntry();
            ZipEntry exact = new ZipEntry("C-ZONNIG/utc.xml");
            exact.setLastModifiedTime(FileTime.from(Instant.parse("2026-10-13T08:31:00Z")));
            out.putNextEntry(exact);
            out.closeEntry();
        }
        TimeZone machine = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            try (ArchiveTree tree = ArchiveTree.open(zip)) {
                assertThat(tree.files())
                        .extracting(ArchiveTree.File::modified)
                        .containsExactly(Instant.parse("2026-10-13T08:30:00Z"), Instant.parse("2026-10-13T08:31:00Z"));
            }
        } finally {
            TimeZone.setDefault(machine);
        }
    }
}
