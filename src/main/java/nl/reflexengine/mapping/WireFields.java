package nl.reflexengine.mapping;

import java.util.Optional;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.validation.MessageFormat;

/**
 * A canonical field path as the sender's own message names it. Business rules name fields of the
 * canonical model ({@code employer.vestigingscode}); the sender knows only its XML
 * ({@code /Ziekmelding/Werkgever/Vestigingscode}). Each format keeps its table beside its mapper; a new
 * format version adds its table here, as it adds its mapper to {@link CanonicalMapper}.
 */
public final class WireFields {

    private WireFields() {}

    /**
     * The XML path of a canonical field in a message of this format and root element, or empty when the
     * message type does not carry the field.
     *
     * @param report the message as mapped: where a format offers a choice of elements, it tells which one
     */
    public static Optional<String> xmlPath(
            MessageFormat format, String rootElement, SickReport report, String canonicalPath) {
        Optional<String> below = switch (format) {
            case REFLEX_V1 -> ReflexV1Fields.find(rootElement, canonicalPath);
            case DIGIZSM_V1 -> DigiZsmV1Fields.find(rootElement, report, canonicalPath);
        };
        return below.map(path -> "/" + rootElement + "/" + path);
    }
}
