package nl.reflexengine.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.reflexengine.mapping.CanonicalMapper;
import nl.reflexengine.report.Incapacity;
import org.junit.jupiter.api.Test;

/**
 * The vangnet indicator (DigiZSM) and the no-risk status (DigiZSM and Reflex) reach the canonical report as
 * the message states them, and as null when it does not, so only a stated true puts a case in the vangnet.
 */
class VangnetStatementsMappingTest {

    private static final PipelineFixture PIPELINE = new PipelineFixture();

    private static Incapacity incapacity(String sample) throws Exception {
        byte[] raw = Files.readAllBytes(Path.of("samples", sample));
        MessageFormat format = PIPELINE.detector.detect(raw).format();
        return CanonicalMapper.standard()
                .map(format, PIPELINE.schemaValidation.validateAndUnmarshal(format, raw))
                .incapacity();
    }

    @Test
    void aDigiZsmAangifteCarriesItsVangnetIndicator() throws Exception {
        Incapacity incapacity = incapacity("digizsm/valid/1-ziekteaangifte-vangnet-indicator.xml");

        assertThat(incapacity.vangnetIndicator()).isTrue();
        assertThat(incapacity.occupationallyDisabled()).isNull();
    }

    @Test
    void aDigiZsmAangifteCarriesTheNoRiskStatus() throws Exception {
        Incapacity incapacity = incapacity("digizsm/valid/1-ziekteaangifte-arbeidsgehandicapt.xml");

        assertThat(incapacity.vangnetIndicator()).isNull();
        assertThat(incapacity.occupationallyDisabled()).isTrue();
    }

    @Test
    void aReflexMeldingCarriesTheNoRiskStatusAfterItsRemark() throws Exception {
        Incapacity incapacity = incapacity("reflex/valid/ziek-arbeidsgehandicapt.xml");

        assertThat(incapacity.remark()).isNotBlank();
        assertThat(incapacity.vangnetIndicator()).isNull();
        assertThat(incapacity.occupationallyDisabled()).isTrue();
    }

    @Test
    void messagesWrittenBeforeTheNewElementsStayValidAndStateNothing() throws Exception {
        Incapacity reflex = incapacity("reflex/valid/ziek-uitzendkracht.xml");
        Incapacity digiZsm = incapacity("digizsm/valid/1-ziekteaangifte-uitzendkracht.xml");

        assertThat(reflex.vangnetIndicator()).isNull();
        assertThat(reflex.occupationallyDisabled()).isNull();
        assertThat(digiZsm.vangnetIndicator()).isFalse();
        assertThat(digiZsm.occupationallyDisabled()).isNull();
    }
}
