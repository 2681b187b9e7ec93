package nl.reflexengine.uwv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import nl.reflexengine.mapping.CanonicalMapper;
import nl.reflexengine.report.Employee;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.testing.UwvMessages;
import nl.reflexengine.validation.FormatDetector;
import nl.reflexengine.validation.MessageFormat;
import nl.reflexengine.validation.SchemaCatalog;
import nl.reflexengine.validation.SchemaValidation;
import nl.reflexengine.validation.ValidationProperties;
import org.junit.jupiter.api.Test;

/**
 * The Ziekteaangifte UWV receives, compared with reviewed expected files. The creation time is the only
 * part that differs per run and is left out of the comparison.
 */
class DigiZsmWriterTest {

    private static final ValidationProperties VALIDATION =
            new ValidationProperties(Path.of("schemas"), 5_242_880, 50, Set.of("Easyflex", "UBplus", "Flexservice"));
    private static final SchemaCatalog SCHEMAS = new SchemaCatalog(VALIDATION);
    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-11-23T10:00:00+01:00");

    private final DigiZsmWriter writer = new DigiZsmWriter(SCHEMAS);

    @Test
    void writesTheSickReportOfAReflexMessage() throws Exception {
        String xml = writer.sickReport(
                "RX-ZM-2026-000001-A",
                report("samples/reflex/valid/ziek-uitzendkracht-alle-velden.xml"),
                false,
                CREATED);

        assertSameAs(xml, "src/test/resources/uwv/ziekteaangifte-alle-velden.xml");
    }

    @Test
    void writesAVangnetReportWithItsFlag() throws Exception {
        String xml = writer.sickReport(
                "RX-ZM-2026-000002-A", report("samples/reflex/valid/ziek-zwangerschap.xml"), true, CREATED);

        assertSameAs(xml, "src/test/resources/uwv/ziekteaangifte-vangnet.xml");
    }

    @Test
    void writesAWithdrawalInTheSameFlow() throws Exception {
        String sent = writer.sickReport(
                "RX-ZM-2026-000001-A",
                report("samples/reflex/valid/ziek-uitzendkracht-alle-velden.xml"),
                false,
                CREATED);

        String xml = writer.withdrawal("RX-ZM-2026-000001-I", sent, CREATED);

        assertSameAs(xml, "src/test/resources/uwv/ziekteaangifte-intrekking.xml");
    }

    @Test
    void aReportTheDigiZsmSchemaRefusesNeverBecomesAMessage() throws Exception {
        SickReport valid = report("samples/reflex/valid/ziek-uitzendkracht-alle-velden.xml");
        Employee e = valid.employee();
        Employee shortBsn = new Employee(
                "12345",
                e.birthDate(),
                e.personnelNumber(),
                e.surname(),
                e.prefix(),
                e.initials(),
                e.firstName(),
                e.partnerSurname(),
                e.partnerPrefix(),
                e.gender(),
                e.iban());
        SickReport invalid = new SickReport(
                valid.kind(),
                valid.header(),
                valid.employer(),
                shortBsn,
                valid.contact(),
                valid.employment(),
                valid.incapacity(),
                valid.wazo(),
                valid.death(),
                valid.wagePeriods(),
                valid.recovery());

        assertThatThrownBy(() -> writer.sickReport("RX-ZM-2026-000009-A", invalid, false, CREATED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not meet the DigiZSM schema");
        // the same thread's writer is not left half-way: the next report is written whole
        assertSameAs(
                writer.sickReport("RX-ZM-2026-000001-A", valid, false, CREATED),
                "src/test/resources/uwv/ziekteaangifte-alle-velden.xml");
    }

    @Test
    void writesIndentedUtf8WithItsDeclaration() throws Exception {
        String xml = writer.sickReport(
                "RX-ZM-2026-000002-A", report("samples/reflex/valid/ziek-zwangerschap.xml"), true, CREATED);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        assertThat(xml).contains("\n    <").doesNotContain("\n\n");
    }

    @Test
    void whatItWritesReadsBackAsTheSameReport() throws Exception {
        SickReport original = report("samples/reflex/valid/ziek-uitzendkracht-alle-velden.xml");
        String xml = writer.sickReport("RX-ZM-2026-000003-A", original, false, CREATED);

        SickReport readBack = read(xml.getBytes(UTF_8));

        assertThat(readBack.employee().bsn()).isEqualTo(original.employee().bsn());
        assertThat(readBack.incapacity().firstDay())
                .isEqualTo(original.incapacity().firstDay());
        assertThat(readBack.incapacity().reason())
                .isEqualTo(original.incapacity().reason());
        assertThat(readBack.employer().loonheffingennummer())
                .isEqualTo(original.employer().loonheffingennummer());
        assertThat(readBack.header().messageId()).isEqualTo("RX-ZM-2026-000003-A");
    }

    private static void assertSameAs(String xml, String expectedFile) throws Exception {
        UwvMessages.assertSameMessage(Files.readString(Path.of(expectedFile), UTF_8), xml, expectedFile);
    }

    private static SickReport report(String sample) throws Exception {
        return read(Files.readAllBytes(Path.of(sample)));
    }

    /** Through the production schema pass and mapper, as the engine reads any message. */
    private static SickReport read(byte[] xml) {
        MessageFormat format = new FormatDetector(VALIDATION).detect(xml).format();
        return CanonicalMapper.standard()
                .map(format, new SchemaValidation(SCHEMAS, VALIDATION).validateAndUnmarshal(format, xml));
    }
}
