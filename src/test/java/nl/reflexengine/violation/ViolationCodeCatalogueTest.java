package nl.reflexengine.violation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The violation codes are a contract: documented in the README and each shown by a sample. */
class ViolationCodeCatalogueTest {

    /**
     * Codes no sample file can show: a sample over 5 MiB, a defect of ours (IngestFailureTest), and what
     * only a mail or drop can carry (the mail and SFTP intake tests), and a reused message id
     * (ClaimsFlowTest; a sample would turn the replay of every sample into a test of file order).
     */
    private static final Set<ViolationCode> WITHOUT_SAMPLE = EnumSet.of(
            ViolationCode.MESSAGE_TOO_LARGE,
            ViolationCode.PROCESSING_FAILED,
            ViolationCode.UNKNOWN_SENDER,
            ViolationCode.NO_XML_ATTACHMENT,
            ViolationCode.MAIL_UNREADABLE,
            ViolationCode.TOO_MANY_ATTACHMENTS,
            ViolationCode.ZIP_UNREADABLE,
            ViolationCode.SENDER_NOT_AUTHORISED_FOR_EMPLOYER,
            ViolationCode.MESSAGE_ID_ALREADY_USED);

    @Test
    void everyCodeIsInTheReadmeTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"));

        assertThat(ViolationCode.values()).allSatisfy(code -> assertThat(readme).contains("| `" + code.name() + "` |"));
    }

    @Test
    void everyCodeIsTriggeredBySomeSample() throws Exception {
        Set<String> sampled = Files.readAllLines(Path.of("samples/expected.csv")).stream()
                .skip(1)
                .map(line -> line.substring(line.lastIndexOf(',') + 1))
                .flatMap(codes -> Arrays.stream(codes.split(";")))
                .filter(code -> !code.isBlank())
                .collect(Collectors.toSet());

        Set<String> missing = Arrays.stream(ViolationCode.values())
                .filter(code -> !WITHOUT_SAMPLE.contains(code))
                .map(Enum::name)
                .filter(code -> !sampled.contains(code))
                .collect(Collectors.toSet());
        assertThat(missing).isEmpty();
    }

    @Test
    void everyExplanationIsASentenceWithoutPlaceholders() {
        assertThat(ViolationCode.values())
                .allSatisfy(code ->
                        assertThat(code.explanation()).doesNotContain("{").endsWith("."));
    }
}
