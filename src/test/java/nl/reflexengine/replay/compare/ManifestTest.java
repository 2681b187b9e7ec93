package nl.reflexengine.replay.compare;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    /** SHA-256 of "abc", from FIPS 180-2. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    /** SHA-256 of the empty input. */
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @TempDir
    Path dir;

    @Test
    void hashesAFileAsSha256sumDoes() throws IOException {
        assertThat(Sha256.of(Files.writeString(dir.resolve("abc.txt"), "abc"))).isEqualTo(ABC);
    }

    @Test
    void listsEveryFileOfAFolderByItsRelativePathInByteOrder() throws IOException {
        Path schemas = Files.createDirectories(dir.resolve("schemas"));
        Files.writeString(Files.createDirectories(schemas.resolve("reflex")).resolve("v1.xsd"), "abc");
        Files.writeString(schemas.resolve("Z.xsd"), "");
        Files.writeString(schemas.resolve("a.xsd"), "abc");

        Manifest manifest = minimal().folder("schemas", schemas).build();

        assertThat(manifest.files())
                .containsExactly(
                        new Manifest.HashedFile("schemas/Z.xsd", EMPTY),
                        new Manifest.HashedFile("schemas/a.xsd", ABC),
                        new Manifest.HashedFile("schemas/reflex/v1.xsd", ABC));
    }

    @Test
    void hashesAnArchiveFolderAsTheSha256OfItsSortedSha256sumListing() throws IOException {
        Path archive = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(Files.createDirectories(archive.resolve("mail")).resolve("1.eml"), "abc");
        Files.writeString(archive.resolve("0.xml"), "");

        Manifest manifest =
                Manifest.builder().engineVersion("1").archive(archive).build();

        String listing = EMPTY + "  0.xml\n" + ABC + "  mail/1.eml\n";
        assertThat(manifest.archive())
                .isEqualTo(new Manifest.Archive(
                        "archive", true, Sha256.of(Files.writeString(dir.resolve("listing"), listing, UTF_8))));
    }

    @Test
    void hashesAnArchiveFileAsItIs() throws IOException {
        Path archive = Files.writeString(dir.resolve("archive.zip"), "abc");

        assertThat(Manifest.builder()
                        .engineVersion("1")
                        .archive(archive)
                        .build()
                        .archive())
                .isEqualTo(new Manifest.Archive("archive.zip", false, ABC));
    }

    @Test
    void keepsTheSettingsSortedByKey() throws IOException {
        Manifest manifest = minimal()
                .settings(Map.of("reflex.validation.max-size", "1MB", "reflex.claims.fine-eur", "150"))
                .build();

        assertThat(manifest.settings().keySet())
                .containsExactly("reflex.claims.fine-eur", "reflex.validation.max-size");
    }

    @Test
    void addsAnOutputWrittenLater() throws IOException {
        Manifest manifest = minimal()
                .output("replay-report.csv", Files.writeString(dir.resolve("report.csv"), ""))
                .build();

        Manifest more = manifest.withOutput("diff.csv", Files.writeString(dir.resolve("diff.csv"), "abc"));

        assertThat(more.outputs())
                .containsExactly(
                        new Manifest.HashedFile("replay-report.csv", EMPTY), new Manifest.HashedFile("diff.csv", ABC));
        assertThat(manifest.outputs()).hasSize(1);
    }

    @Test
    void refusesWhatIsNotThere() {
        assertThatThrownBy(() -> minimal().folder("routes", dir.resolve("routes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("routes");
        assertThatThrownBy(() -> minimal().output("diff.csv", dir.resolve("diff.csv")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("diff.csv");
        assertThatThrownBy(() -> Manifest.builder().engineVersion("1").archive(dir.resolve("nothing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nothing");
    }

    @Test
    void needsTheEngineVersionAndTheArchive() throws IOException {
        Path archive = Files.writeString(dir.resolve("archive.zip"), "abc");

        assertThatThrownBy(() -> Manifest.builder().archive(archive).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("engine version");
        assertThatThrownBy(() -> Manifest.builder().engineVersion("1").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("archive");
    }

    private Manifest.Builder minimal() throws IOException {
        return Manifest.builder().engineVersion("0.1.0").archive(Files.writeString(dir.resolve("archive.zip"), "abc"));
    }
}
