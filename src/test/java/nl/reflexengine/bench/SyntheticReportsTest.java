package nl.reflexengine.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.enrichment.EnrichedSickReport;
import nl.reflexengine.mapping.CanonicalMapper;
import nl.reflexengine.reference.ReferenceData;
import nl.reflexengine.reference.ReferenceDataLoader;
import nl.reflexengine.report.Employer;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.report.rules.Identifiers;
import nl.reflexengine.validation.BusinessRules;
import nl.reflexengine.validation.FormatDetector;
import nl.reflexengine.validation.MessageFormat;
import nl.reflexengine.validation.SchemaCatalog;
import nl.reflexengine.validation.SchemaValidation;
import nl.reflexengine.validation.ValidationProperties;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.junit.jupiter.api.Test;

class SyntheticReportsTest {

    private static final int SAMPLE = 400;

    private final ReferenceData reference = new ReferenceDataLoader().load(Path.of("samples/reference"));
    private final ValidationProperties properties = new ValidationProperties(
            Path.of("schemas"), 5L * 1024 * 1024, 50, Set.of("Easyflex", "UBplus", "Flexservice"));
    private final FormatDetector detector = new FormatDetector(properties);
    private final SchemaValidation schema = new SchemaValidation(new SchemaCatalog(properties), properties);
    private final BusinessRules rules = new BusinessRules(properties);

    @Test
    void sameSeedAndIndexGiveTheSameMessage() {
        SyntheticReports one = new SyntheticReports(reference, 42);
        SyntheticReports again = new SyntheticReports(reference, 42);
        SyntheticReports other = one.withSeed(43);

        assertThat(again.message(1234).xml()).isEqualTo(one.message(1234).xml());
        assertThat(other.message(1234).xml()).isNotEqualTo(one.message(1234).xml());
        assertThat(one.message(1235).xml()).isNotEqualTo(one.message(1234).xml());
    }

    @Test
    void bsnsPassTheElevenTestUnlessAskedNotTo() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            assertThat(Identifiers.passesElevenTest(SyntheticReports.bsn(random, false)))
                    .isTrue();
            assertThat(Identifiers.passesElevenTest(SyntheticReports.bsn(random, true)))
                    .isFalse();
        }
    }

    @Test
    void ibansPassTheirChecksum() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            String iban = SyntheticReports.iban(random);
            assertThat(Identifiers.isIbanFormat(iban)).as(iban).isTrue();
            assertThat(Identifiers.passesIbanChecksum(iban)).as(iban).isTrue();
        }
    }

    /** Schema, mapping and every business rule, against the reference data, as the pipeline checks them. */
    @Test
    void everyMessageMeetsTheOutcomeMeantForIt() {
        SyntheticReports reports = new SyntheticReports(reference, 42);
        int valid = 0;
        for (int i = 0; i < SAMPLE; i++) {
            SyntheticReports.Message message = reports.message(i);
            List<Violation> violations = violations(message.xml());
            boolean accepted = message.expected() == Outcome.ACCEPTED || message.expected() == Outcome.TEST_PASSED;
            if (accepted) {
                valid++;
                assertThat(violations).as("message %d", i).isEmpty();
            } else {
                assertThat(violations)
                        .as("message %d", i)
                        .extracting(Violation::code)
                        .containsAnyOf(ViolationCode.BSN_ELEVEN_TEST, ViolationCode.DATE_FORMAT);
            }
        }
        assertThat(valid).isGreaterThan(SAMPLE * 85 / 100).isLessThan(SAMPLE);
    }

    private List<Violation> violations(byte[] xml) {
        try {
            MessageFormat format = detector.detect(xml).format();
            return rules.violations(
                    enriched(CanonicalMapper.standard().map(format, schema.validateAndUnmarshal(format, xml))));
        } catch (MessageRejectedException e) {
            return e.violations();
        }
    }

    /** What the enrich step finds, looked up in the reference data directly. */
    private EnrichedSickReport enriched(SickReport report) {
        Employer employer = report.employer();
        var contract = reference.contracts().stream()
                .filter(c -> c.code().equals(employer.contractCode()))
                .filter(c -> c.loonheffingennummer().equals(employer.loonheffingennummer()))
                .findFirst()
                .orElseThrow();
        var client = reference.clients().stream()
                .filter(c -> c.id().equals(contract.clientId()))
                .findFirst()
                .orElseThrow();
        var branch = reference.branches().stream()
                .filter(b -> b.clientId().equals(client.id()))
                .filter(b -> b.vestigingscode().equals(employer.vestigingscode()))
                .findFirst()
                .orElseThrow();
        return new EnrichedSickReport(report, client, contract, branch, null);
    }
}
