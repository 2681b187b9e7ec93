package nl.reflexengine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/**
 * Every valid sample survives unmarshal and marshal unchanged (XMLUnit, whitespace and comments aside),
 * and what we marshal is valid against the same schema. Together the samples cover every root element of
 * every schema.
 */
class SchemaRoundTripTest {

    private static final PipelineFixture PIPELINE = new PipelineFixture();
    private static final Set<String> ROOTS_SEEN = new TreeSet<>();

    static Stream<Path> validSamples() throws Exception {
        return Stream.of("samples/reflex/valid", "samples/digizsm/valid").flatMap(dir -> {
            try {
                return Files.list(Path.of(dir))
                        .filter(p -> p.toString().endsWith(".xml"))
                        .sorted();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void roundTripsThroughTheGeneratedClasses(Path sample) throws Exception {
        byte[] original = Files.readAllBytes(sample);
        MessageFormat format = PIPELINE.detector.detect(original).format();

        Unmarshaller unmarshaller = PIPELINE.catalog.context(format).createUnmarshaller();
        unmarshaller.setSchema(PIPELINE.catalog.schema(format));
        Object unmarshalled = unmarshaller.unmarshal(new StreamSource(sample.toFile()));
        Marshaller marshaller = PIPELINE.catalog.context(format).createMarshaller();
        marshaller.setSchema(PIPELINE.catalog.schema(format));
        StringWriter marshalled = new StringWriter();
        marshaller.marshal(unmarshalled, marshalled);

        Diff diff = DiffBuilder.compare(original)
                .withTest(marshalled.toString())
                .ignoreWhitespace()
                .ignoreComments()
                .withAttributeFilter(attribute -> !"schemaLocation".equals(attribute.getLocalName()))
                .checkForSimilar()
                .build();
        assertThat(diff.hasDifferences()).as(sample + ": " + diff).isFalse();
        ROOTS_SEEN.add(format + ":" + rootName(unmarshalled));
    }

    @AfterAll
    static void everyRootElementIsCovered() {
        assertThat(ROOTS_SEEN)
                .containsExactlyInAnyOrder(
                        "REFLEX_V1:Ziekmelding",
                        "REFLEX_V1:Correctie",
                        "REFLEX_V1:Intrekking",
                        "DIGIZSM_V1:Ziekteaangifte",
                        "DIGIZSM_V1:MeldingWerkhervatting",
                        "DIGIZSM_V1:AanvraagWazoUitkering",
                        "DIGIZSM_V1:MeldingLangdurigArbeidsongeschikt",
                        "DIGIZSM_V1:HersteldMeldingLangdurigArbeidsongeschikt");
    }

    private static String rootName(Object unmarshalled) {
        return unmarshalled instanceof JAXBElement<?> element
                ? element.getName().getLocalPart()
                : unmarshalled.getClass().getSimpleName();
    }
}
