package nl.reflexengine.validation;

import java.io.ByteArrayInputStream;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads only the test indicator from the header of a message that failed its schema. A test reflex that
 * is incomplete is exactly what the process manager must get back as a test rejection, not as a
 * production rejection; so the flag is needed even when nothing else of the message can be trusted.
 */
final class TestIndicator {

    private static final Set<String> HEADERS = Set.of("Bericht", "Berichtkop");
    private static final XMLInputFactory STAX = HardenedXml.staxFactory();

    private TestIndicator() {}

    /** True when the header (second level) holds a Test element saying true or 1. */
    static boolean saysTest(byte[] raw, String namespace) {
        try {
            XMLStreamReader reader = STAX.createXMLStreamReader(new ByteArrayInputStream(raw));
            try {
                int depth = 0;
                boolean inHeader = false;
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        boolean ours = namespace.equals(reader.getNamespaceURI());
                        if (depth == 2) {
                            inHeader = ours && HEADERS.contains(reader.getLocalName());
                        } else if (depth == 3 && inHeader && ours && "Test".equals(reader.getLocalName())) {
                            String value = reader.getElementText().trim();
                            return "true".equals(value) || "1".equals(value);
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == 2 && inHeader) {
                            return false;
                        }
                        depth--;
                    }
                }
                return false;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException notReadable) {
            return false;
        }
    }
}
