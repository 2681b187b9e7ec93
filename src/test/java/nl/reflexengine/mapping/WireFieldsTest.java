package nl.reflexengine.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import nl.reflexengine.enrichment.ReportEnricher;
import nl.reflexengine.reference.ReferenceCatalog;
import nl.reflexengine.reference.ReferenceDataLoader;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.validation.BusinessRules;
import nl.reflexengine.validation.DetectedFormat;
import nl.reflexengine.validation.FormatDetector;
import nl.reflexengine.validation.MessageFormat;
import nl.reflexengine.validation.SchemaCatalog;
import nl.reflexengine.validation.SchemaValidation;
import nl.reflexengine.validation.ValidationProperties;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every canonical field a rule can name has the name the sender's own XML gives it, in every format and
 * message type that carries the field: walked over every sample (each field it carries, and each violation
 * it causes), and held against the model.
 */
class WireFieldsTest {

    /** What the mapper sets from the message as a whole, never from one element of it. */
    private static final Set<String> DESCRIBE_THE_MESSAGE = Set.of("kind", "header.origin");

    private static final ValidationProperties PROPERTIES = new ValidationProperties(
            Path.of("schemas"), 5L * 1024 * 1024, 50, Set.of("Easyflex", "UBplus", "Flexservice"));
    private static final FormatDetector DETECTOR = new FormatDetector(PROPERTIES);
    private static final SchemaValidation SCHEMAS = new SchemaValidation(new SchemaCatalog(PROPERTIES), PROPERTIES);
    private static final CanonicalMapper MAPPER = CanonicalMapper.standard();
    private static final ReportEnricher ENRICHER =
            new ReportEnricher(new ReferenceCatalog(new ReferenceDataLoader().load(Path.of("samples/reference"))));

    /** A sample that got through its schema, as mapped. */
    private record Mapped(String name, byte[] raw, DetectedFormat detected, SickReport report) {}

    private static List<Mapped> mappedSamples() throws Exception {
        List<Mapped> mapped = new ArrayList<>();
        for (Path sample : samples()) {
            byte[] raw = Files.readAllBytes(sample);
            try {
                DetectedFormat detected = DETECTOR.detect(raw);
                Object wire = SCHEMAS.validateAndUnmarshal(detected.format(), raw);
                mapped.add(new Mapped(sample.toString(), raw, detected, MAPPER.map(detected.format(), wire)));
            } catch (MessageRejectedException schemaOrFormat) {
                // rejected before mapping: its violations name XML already (see below)
            }
        }
        return mapped;
    }

    private static List<Path> samples() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
    }

    @Test
    void everyFieldASampleCarriesHasItsXmlNameAndTheSampleHasThatElement() throws Exception {
        List<Mapped> samples = mappedSamples();
        Set<String> rootsSeen = new TreeSet<>();
        int checked = 0;
        for (Mapped sample : samples) {
            Document xml = parse(sample.raw());
            rootsSeen.add(sample.detected().format() + " " + sample.detected().rootElement());
            for (Map.Entry<String, Object> field : carried(sample.report()).entrySet()) {
                Optional<String> path = WireFields.xmlPath(
                        sample.detected().format(), sample.detected().rootElement(), sample.report(), field.getKey());
                assertThat(path).as(sample.name() + ": " + field.getKey()).isPresent();
                if (!(field.getValue() instanceof Boolean)) {
                    // a boolean may be a default the mapper fills in; any other value was read from an element
                    assertThat(select(xml, path.get()))
                            .as(sample.name() + ": " + field.getKey() + " at " + path.get())
                            .isPositive();
                }
                checked++;
            }
        }
        assertThat(rootsSeen)
                .as("every message type of every format among the samples")
                .containsAll(everyRoot());
        assertThat(checked).isGreaterThan(1000);
    }

    @Test
    void everyViolationOfEverySampleNamesAnElementOfTheSendersXml() throws Exception {
        int named = 0;
        try (BusinessRules rules = new BusinessRules(PROPERTIES)) {
            for (Path sample : samples()) {
                byte[] raw = Files.readAllBytes(sample);
                DetectedFormat detected;
                SickReport report;
                try {
                    detected = DETECTOR.detect(raw);
                    report = MAPPER.map(detected.format(), SCHEMAS.validateAndUnmarshal(detected.format(), raw));
                } catch (MessageRejectedException schemaOrFormat) {
                    for (Violation violation : schemaOrFormat.violations()) {
                        assertThat(violation.field())
                                .as(sample + " " + violation.code())
                                .matches("|/.*");
                    }
                    continue;
                }
                for (Violation violation : rules.violations(ENRICHER.enrich(report, null))) {
                    Optional<String> path =
                            WireFields.xmlPath(detected.format(), detected.rootElement(), report, violation.field());
                    assertThat(path)
                            .as(sample + " " + violation.code() + " " + violation.field())
                            .hasValueSatisfying(p -> assertThat(p).startsWith("/" + detected.rootElement() + "/"));
                    named++;
                }
            }
        }
        assertThat(named).as("rule violations among the samples").isGreaterThan(40);
    }

    @Test
    void everyTableNamesOnlyFieldsOfTheCanonicalModel() {
        Set<String> model = modelPaths("", SickReport.class, new TreeSet<>());
        Map<String, WireFieldTable> tables = new java.util.HashMap<>();
        ReflexV1Fields.BY_ROOT.forEach((root, table) -> tables.put("REFLEX_V1 " + root, table));
        DigiZsmV1Fields.TABLES.forEach((root, table) -> tables.put("DIGIZSM_V1 " + root, table));
        tables.forEach((root, table) -> assertThat(model).as(root).containsAll(table.canonicalPaths()));
    }

    @Test
    void aListElementKeepsItsPositionAsTheSchemaErrorsWriteIt() {
        assertThat(ReflexV1Fields.find("Ziekmelding", "wagePeriods[1].end"))
                .contains("Loongegevens/Aangifteperiode[2]/Einddatum");
        assertThat(WireFields.xmlPath(MessageFormat.REFLEX_V1, "Ziekmelding", null, "wagePeriods[0].end"))
                .contains("/Ziekmelding/Loongegevens/Aangifteperiode/Einddatum");
        assertThat(WireFields.xmlPath(MessageFormat.REFLEX_V1, "Ziekmelding", null, "wagePeriods"))
                .contains("/Ziekmelding/Loongegevens");
    }

    @Test
    void eachMessageTypeNamesOnlyWhatItCarries() {
        assertThat(WireFields.xmlPath(MessageFormat.REFLEX_V1, "Ziekmelding", null, "employer.vestigingscode"))
                .contains("/Ziekmelding/Werkgever/Vestigingscode");
        assertThat(WireFields.xmlPath(MessageFormat.REFLEX_V1, "Correctie", null, "header.refersToMessageId"))
                .contains("/Correctie/CorrigeertBerichtId");
        assertThat(WireFields.xmlPath(MessageFormat.REFLEX_V1, "Intrekking", null, "employee.iban"))
                .isEmpty();
        assertThat(WireFields.xmlPath(MessageFormat.DIGIZSM_V1, "Ziekteaangifte", null, "employer.loonheffingennummer"))
                .contains("/Ziekteaangifte/Werkgever/Loonheffingennummer");
        assertThat(WireFields.xmlPath(MessageFormat.DIGIZSM_V1, "Ziekteaangifte", null, "wazo"))
                .isEmpty();
    }

    /** Every canonical path with a value: leaves, list elements' leaves (with their position). */
    private static Map<String, Object> carried(SickReport report) throws Exception {
        Map<String, Object> found = new java.util.TreeMap<>();
        walk("", report, found);
        DESCRIBE_THE_MESSAGE.forEach(found::remove);
        return found;
    }

    private static void walk(String path, Object value, Map<String, Object> found) throws Exception {
        if (value == null) {
            return;
        }
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                walk(join(path, component.getName()), component.getAccessor().invoke(record), found);
            }
        } else if (value instanceof Collection<?> list) {
            int position = 0;
            for (Object element : list) {
                walk(path + "[" + position++ + "]", element, found);
            }
        } else {
            found.put(path, value);
        }
    }

    /** Every path of the model, sections too, a list element written []. */
    private static Set<String> modelPaths(String path, Class<?> type, Set<String> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            String here = join(path, component.getName());
            paths.add(here);
            Class<?> child = component.getType();
            if (Collection.class.isAssignableFrom(child)) {
                Type element = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
                paths.add(here + "[]");
                modelPaths(here + "[]", (Class<?>) element, paths);
            } else if (child.isRecord()) {
                modelPaths(here, child, paths);
            }
        }
        return paths;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static List<String> everyRoot() {
        List<String> roots = new ArrayList<>();
        for (MessageFormat format : MessageFormat.values()) {
            format.rootElements().forEach(root -> roots.add(format + " " + root));
        }
        return roots;
    }

    private static Document parse(byte[] raw) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(raw));
    }

    /** How many elements the path selects, whatever the namespace. */
    private static int select(Document xml, String path) throws Exception {
        StringBuilder xpath = new StringBuilder();
        for (String step : path.substring(1).split("/")) {
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            xpath.append("/*[local-name()='").append(name).append("']");
            if (bracket >= 0) {
                xpath.append(step.substring(bracket));
            }
        }
        return ((NodeList)
                        XPathFactory.newInstance().newXPath().evaluate(xpath.toString(), xml, XPathConstants.NODESET))
                .getLength();
    }
}
