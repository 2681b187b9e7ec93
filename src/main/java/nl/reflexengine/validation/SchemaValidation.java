package nl.reflexengine.validation;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import nl.reflexengine.intake.Submission;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * XSD validation and JAXB unmarshalling in one pass over the message: a hardened SAX parser feeds the
 * schema validator, which feeds the unmarshaller. A schema-invalid message is rejected with every schema
 * violation found; its half-built object is thrown away.
 */
@Component("schemaValidation")
public class SchemaValidation {

    private static final String XERCES_LOCALE = "http://apache.org/xml/properties/locale";
    private static final String NOT_WELL_FORMED_HINT = "(regel %d, kolom %d)";

    private final SchemaCatalog catalog;
    /** JAXP factories are not promised to be thread-safe; Camel consumers call this bean concurrently. */
    private final ThreadLocal<SAXParserFactory> parsers = ThreadLocal.withInitial(HardenedXml::saxParserFactory);

    private final int maxViolations;

    public SchemaValidation(SchemaCatalog catalog, ValidationProperties properties) {
        this.catalog = catalog;
        this.maxViolations = properties.maxSchemaViolations();
    }

    public void validateAndUnmarshal(Submission submission) {
        MessageFormat format = submission.format();
        try {
            ValidatorHandler validator = catalog.schema(format).newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // error texts are parsed for their key and element names: keep them in one language
            validator.setProperty(XERCES_LOCALE, Locale.ENGLISH);
            Unmarshaller binder = catalog.context(format).createUnmarshaller();
            UnmarshallerHandler unmarshaller = binder.getUnmarshallerHandler();
            validator.setContentHandler(unmarshaller);
            ElementPathTracker tracker = new ElementPathTracker(validator);
            SchemaErrorCollector errors = new SchemaErrorCollector(tracker, maxViolations);
            validator.setErrorHandler(errors);
            binder.setEventHandler(errors::unconvertible);

            SAXParser parser = parsers.get().newSAXParser();
            HardenedXml.limit(parser);
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(tracker);
            reader.setErrorHandler(errors);
            try {
                reader.parse(new InputSource(
                        new ByteArrayInputStream(submission.inbound().raw())));
            } catch (SchemaErrorCollector.TooManyErrors stopped) {
                // the violations collected so far are reported below
            } catch (SAXParseException notWellFormed) {
                throw notWellFormed;
            } catch (SAXException | RuntimeException unmarshalFailure) {
                // the unmarshaller choked on a value; the schema validator has flagged it before
                if (errors.violations().isEmpty()) {
                    throw unmarshalFailure;
                }
            }
            if (!errors.violations().isEmpty()) {
                submission.headerRead(HeaderFields.read(submission.inbound().raw(), format.namespace()));
                throw new MessageRejectedException(errors.violations());
            }
            submission.unmarshalled(unwrap(unmarshaller.getResult()));
        } catch (SAXParseException e) {
            submission.headerRead(HeaderFields.read(submission.inbound().raw(), format.namespace()));
            throw new MessageRejectedException(notWellFormed(e));
        } catch (SAXException | JAXBException | ParserConfigurationException | IOException e) {
            // not the sender's fault: the message was well-formed as far as the parser got
            throw new IllegalStateException("Schema validation failed unexpectedly", e);
        }
    }

    private static Violation notWellFormed(SAXParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("JAXP0001")) {
            return Violation.of(ViolationCode.XML_LIMIT_EXCEEDED, "");
        }
        if (message.contains("DOCTYPE")) {
            return Violation.of(ViolationCode.XML_DOCTYPE_FORBIDDEN, "");
        }
        return Violation.of(
                ViolationCode.XML_NOT_WELL_FORMED,
                "",
                NOT_WELL_FORMED_HINT.formatted(e.getLineNumber(), e.getColumnNumber()));
    }

    private static Object unwrap(Object result) {
        return result instanceof JAXBElement<?> element ? element.getValue() : result;
    }
}
