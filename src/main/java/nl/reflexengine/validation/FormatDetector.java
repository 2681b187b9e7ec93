package nl.reflexengine.validation;

import java.io.ByteArrayInputStream;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.springframework.stereotype.Component;

/**
 * First look at a message: is it XML at all, of a format we read, and free of DOCTYPE tricks and pointers
 * to schemas elsewhere? Reads only up to the root element, with DTD support off, so nothing is expanded or
 * fetched.
 */
@Component("formatDetector")
public class FormatDetector {

    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTERNAL_ID = Pattern.compile("\\b(SYSTEM|PUBLIC)\\b");
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    /** A location with a scheme (http:, file:, jar:, ...), an absolute or a parent path points elsewhere. */
    private static final Pattern EXTERNAL_LOCATION =
            Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:|[/\\\\]).*|.*\\.\\..*");

    /** StAX factories are not promised to be thread-safe; Camel consumers call this bean concurrently. */
    private final ThreadLocal<XMLInputFactory> stax = ThreadLocal.withInitial(HardenedXml::staxFactory);

    private final long maxMessageBytes;

    public FormatDetector(ValidationProperties properties) {
        this.maxMessageBytes = properties.maxMessageBytes();
    }

    /** The format and root element of a message, or a rejection saying why it is none we read. */
    public DetectedFormat detect(byte[] raw) {
        if (isBlank(raw)) {
            throw new MessageRejectedException(Violation.of(ViolationCode.EMPTY_MESSAGE, ""));
        }
        if (raw.length > maxMessageBytes) {
            throw new MessageRejectedException(Violation.of(
                    ViolationCode.MESSAGE_TOO_LARGE,
                    "",
                    "(" + raw.length + " bytes, maximaal " + maxMessageBytes + ")"));
        }
        XMLStreamReader reader = null;
        try {
            reader = stax.get().createXMLStreamReader(new ByteArrayInputStream(raw));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new MessageRejectedException(Violation.of(doctypeCode(doctypeText(raw)), ""));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                    String root = reader.getLocalName();
                    MessageFormat format =
                            MessageFormat.of(namespace, root).orElseThrow(() -> unknownFormat(namespace, root));
                    rejectExternalSchemaLocation(reader, root);
                    return new DetectedFormat(format, root);
                }
            }
            throw new MessageRejectedException(Violation.of(ViolationCode.XML_NOT_WELL_FORMED, ""));
        } catch (XMLStreamException e) {
            Violation notWellFormed = Violation.of(ViolationCode.XML_NOT_WELL_FORMED, "", where(e));
            throw new MessageRejectedException(
                    e.getLocation() == null
                            ? notWellFormed
                            : notWellFormed.at(
                                    e.getLocation().getLineNumber(),
                                    e.getLocation().getColumnNumber()));
        } finally {
            close(reader);
        }
    }

    /**
     * Schemas come only from {@code schemas/}, so a location hint is never followed either way; a hint that
     * points elsewhere (a URL or a path) is refused outright rather than silently ignored, because it is
     * either a probe or a sender relying on a schema we do not use. A bare file name is harmless and allowed.
     */
    private static void rejectExternalSchemaLocation(XMLStreamReader reader, String root) {
        String pairs = reader.getAttributeValue(XSI, "schemaLocation");
        if (pairs != null) {
            String[] tokens = pairs.trim().split("\\s+");
            for (int i = 0; i < tokens.length; i++) { // namespace, location, namespace, location, ...
                boolean location = i % 2 == 1 || i == tokens.length - 1; // an unpaired last token too
                if (location) {
                    refuseIfExternal(tokens[i], "/" + root + "/@xsi:schemaLocation");
                }
            }
        }
        String single = reader.getAttributeValue(XSI, "noNamespaceSchemaLocation");
        if (single != null) {
            refuseIfExternal(single.trim(), "/" + root + "/@xsi:noNamespaceSchemaLocation");
        }
    }

    private static void refuseIfExternal(String location, String field) {
        if (EXTERNAL_LOCATION.matcher(location).matches()) {
            throw new MessageRejectedException(Violation.of(ViolationCode.XML_SCHEMA_LOCATION_FORBIDDEN, field));
        }
    }

    /**
     * The DOCTYPE as written, from the raw bytes: the parser's own rendering of it may be partial. Read as
     * Latin-1 (every byte one character) and never past the first megabyte.
     */
    private static String doctypeText(byte[] raw) {
        String head =
                new String(raw, 0, Math.min(raw.length, 1024 * 1024), java.nio.charset.StandardCharsets.ISO_8859_1);
        int start = head.indexOf("<!DOCTYPE");
        if (start < 0) {
            return head;
        }
        int subsetEnd = head.indexOf("]>", start);
        return subsetEnd < 0 ? head.substring(start) : head.substring(start, subsetEnd + 2);
    }

    /** Tells the sender what the DOCTYPE tried, without ever acting on it. */
    static ViolationCode doctypeCode(String doctype) {
        String text = doctype == null ? "" : doctype;
        boolean declaresEntities = ENTITY_DECLARATION.matcher(text).find();
        if (EXTERNAL_ID.matcher(text).find()) {
            return ViolationCode.XML_EXTERNAL_ENTITY_FORBIDDEN;
        }
        return declaresEntities ? ViolationCode.XML_ENTITY_EXPANSION_FORBIDDEN : ViolationCode.XML_DOCTYPE_FORBIDDEN;
    }

    private static MessageRejectedException unknownFormat(String namespace, String root) {
        String found = PersonalData.mask("(gevonden: " + root + (namespace.isEmpty() ? "" : " in " + namespace) + ")");
        return new MessageRejectedException(Violation.of(ViolationCode.UNKNOWN_MESSAGE_FORMAT, "/" + root, found));
    }

    private static String where(XMLStreamException e) {
        return e.getLocation() == null
                ? ""
                : "(regel " + e.getLocation().getLineNumber() + ", kolom "
                        + e.getLocation().getColumnNumber() + ")";
    }

    private static boolean isBlank(byte[] raw) {
        for (byte b : raw) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // nothing was opened that outlives the byte array
            }
        }
    }
}
