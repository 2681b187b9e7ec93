package nl.reflexengine.validation;

import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The message id, test indicator and employer, read from a message that failed its schema. An incomplete
 * test reflex is exactly what the process manager must get back as a test rejection (so the employer tells
 * whose process manager), and an auditor wants the message id of every rejection; so these are read even
 * when nothing else can be trusted.
 */
public record HeaderFields(String messageId, boolean test, String loonheffingennummer) {

    private static final Set<String> HEADERS = Set.of("Bericht", "Berichtkop");
    private static final Set<String> MESSAGE_ID = Set.of("BerichtId", "Kenmerk");
    private static final int MAX_ID_LENGTH = 64;
    private static final ThreadLocal<XMLInputFactory> STAX = ThreadLocal.withInitial(HardenedXml::staxFactory);

    public static final HeaderFields NONE = new HeaderFields(null, false, null);

    /** Reads the header (Bericht, Berichtkop) and employer (Werkgever) elements of the given namespace. */
    public static HeaderFields read(byte[] raw, String namespace) {
        String messageId = null;
        boolean test = false;
        String loonheffingennummer = null;
        try {
            XMLStreamReader reader = STAX.get().createXMLStreamReader(new ByteArrayInputStream(raw));
            try {
                int depth = 0;
                boolean inHeader = false;
                boolean inEmployer = false;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        boolean ours = namespace.equals(reader.getNamespaceURI());
                        String name = reader.getLocalName();
                        if (depth == 2) {
                            inHeader = ours && HEADERS.contains(name);
                            inEmployer = ours && "Werkgever".equals(name);
                        } else if (depth == 3 && inEmployer && ours && "Loonheffingennummer".equals(name)) {
                            loonheffingennummer =
                                    shortened(reader.getElementText().trim());
                            depth--;
                        } else if (depth == 3 && inHeader && ours && MESSAGE_ID.contains(name)) {
                            messageId = shortened(reader.getElementText().trim());
                            depth--;
                        } else if (depth == 3 && inHeader && ours && "Test".equals(name)) {
                            String value = reader.getElementText().trim();
                            test = "true".equals(value) || "1".equals(value);
                            depth--;
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == 2 && inEmployer) {
                            break; // the header comes first, the employer right after: all we need is read
                        }
                        depth--;
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException notReadable) {
            // what was read before the damage stands
        }
        return new HeaderFields(messageId, test, loonheffingennummer);
    }

    private static String shortened(String id) {
        return id.length() <= MAX_ID_LENGTH ? id : id.substring(0, MAX_ID_LENGTH);
    }
}
