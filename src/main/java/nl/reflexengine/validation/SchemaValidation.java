package nl.reflexengine.validation;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.ValidatorHandler;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
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

    /**
     * A reused parser keeps every element, attribute and prefix name it has read (Xerces' symbol table is
     * never emptied), so it serves at most this many bytes of messages, and never a message after one it
     * rejected: a sender cannot make it grow without bound with names of its own.
     */
    static final long RECYCLE_AFTER_BYTES = 8L * 1024 * 1024;

    private final SchemaCatalog catalog;
    /**
     * A hardened parser and a schema validator per thread, reused message after message: building them
     * cost as much as parsing a message. Neither is thread-safe; each parse resets them, limits included.
     */
    private final ThreadLocal<Parsers> parsers = ThreadLocal.withInitial(this::newParsers);

    /** Kept apart from the parsers it builds: finding a JAXP factory searches the class path each time. */
    private final ThreadLocal<SAXParserFactory> factories = ThreadLocal.withInitial(HardenedXml::saxParserFactory);

    private final AtomicInteger parsersBuilt = new AtomicInteger();

    private final int maxViolations;

    /** One thread's parser and validators, and how much they have read. */
    private final class Parsers {
        private final XMLReader reader = hardenedReader(factories.get());
        private final Map<MessageFormat, ValidatorHandler> validators = new EnumMap<>(MessageFormat.class);
        private long bytesRead;

        ValidatorHandler validator(MessageFormat format) {
            return validators.computeIfAbsent(format, SchemaValidation.this::newValidator);
        }
    }

    public SchemaValidation(SchemaCatalog catalog, ValidationProperties properties) {
        this.catalog = catalog;
        this.maxViolations = properties.maxSchemaViolations();
    }

    /**
     * The message as the JAXB object of its format, or a rejection with every schema violation found (the
     * caller may still read the header of a rejected message: {@link HeaderFields#read}).
     */
    public Object validateAndUnmarshal(MessageFormat format, byte[] raw) {
        Parsers thread = parsers.get();
        ValidatorHandler validator = thread.validator(format);
        XMLReader reader = thread.reader;
        boolean accepted = false;
        try {
            Unmarshaller binder = catalog.context(format).createUnmarshaller();
            UnmarshallerHandler unmarshaller = binder.getUnmarshallerHandler();
            validator.setContentHandler(unmarshaller);
            ElementPathTracker tracker = new ElementPathTracker(validator);
            SchemaErrorCollector errors = new SchemaErrorCollector(tracker, maxViolations);
            validator.setErrorHandler(errors);
            binder.setEventHandler(errors::unconvertible);
            reader.setContentHandler(tracker);
            reader.setErrorHandler(errors);
            try {
                reader.parse(new InputSource(new ByteArrayInputStream(raw)));
            } catch (SAXException | RuntimeException stopped) {
                if (errors.gaveUp()) {
                    // stopped at the cap; the violations collected so far are reported below
                } else if (stopped instanceof SAXParseException notWellFormed) {
                    throw notWellFormed;
                } else if (errors.violations().isEmpty()) {
                    // the unmarshaller choked on a value the schema validator would have flagged first
                    throw stopped;
                }
            }
            if (!errors.violations().isEmpty()) {
                throw new MessageRejectedException(errors.violations());
            }
            accepted = true;
            return unwrap(unmarshaller.getResult());
        } catch (SAXParseException e) {
            throw new MessageRejectedException(notWellFormed(e));
        } catch (SAXException | JAXBException | IOException e) {
            // not the sender's fault: the message was well-formed as far as the parser got
            throw new IllegalStateException("Schema validation failed unexpectedly", e);
        } finally {
            // the reused parser and validator must not keep this message's objects alive until the next one
            reader.setContentHandler(null);
            reader.setErrorHandler(null);
            validator.setContentHandler(null);
            validator.setErrorHandler(null);
            thread.bytesRead += raw.length;
            if (!accepted || thread.bytesRead > RECYCLE_AFTER_BYTES) {
                parsers.remove(); // the next message on this thread gets fresh ones
            }
        }
    }

    /** How many parser sets this instance has built, over all threads. */
    int parsersBuilt() {
        return parsersBuilt.get();
    }

    private Parsers newParsers() {
        parsersBuilt.incrementAndGet();
        return new Parsers();
    }

    private ValidatorHandler newValidator(MessageFormat format) {
        ValidatorHandler validator = catalog.schema(format).newValidatorHandler();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // error texts are parsed for their key and element names: keep them in one language
            validator.setProperty(XERCES_LOCALE, Locale.ENGLISH);
        } catch (SAXException e) {
            throw new IllegalStateException("The schema validator cannot be limited; refusing to validate", e);
        }
        return validator;
    }

    private static XMLReader hardenedReader(SAXParserFactory factory) {
        try {
            SAXParser parser = factory.newSAXParser();
            HardenedXml.limit(parser);
            return parser.getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("No hardened XML parser; refusing to parse messages", e);
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
