package nl.reflexengine.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.xml.sax.SAXParseException;

/**
 * Turns a schema validator's error into a violation a payroll clerk can act on. The validator's own text
 * quotes the offending value (a BSN, say) and is English; we keep only its error key and the names of
 * expected elements, never a value.
 */
final class SchemaErrorTranslator {

    /** Fields whose format errors have a code of their own. */
    private static final Map<String, ViolationCode> FIELD_CODES = Map.of(
            "Bsn", ViolationCode.BSN_FORMAT,
            "Loonheffingennummer", ViolationCode.LOONHEFFINGENNUMMER_FORMAT,
            "Iban", ViolationCode.IBAN_FORMAT);

    private static final Pattern ERROR_KEY = Pattern.compile("^(cvc-[A-Za-z0-9.\\-]+):");
    /** Xerces names elements as {"namespace":Name} in its messages. */
    private static final Pattern ELEMENT_NAME = Pattern.compile("\"[^\"]*\":([A-Za-z0-9_]+)");

    private SchemaErrorTranslator() {}

    static Violation translate(SAXParseException error, String path) {
        return violation(error, path).at(error.getLineNumber(), error.getColumnNumber());
    }

    private static Violation violation(SAXParseException error, String path) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        Matcher key = ERROR_KEY.matcher(message);
        String errorKey = key.find() ? key.group(1) : "";
        if (errorKey.startsWith("cvc-complex-type") || errorKey.startsWith("cvc-elt") || errorKey.isEmpty()) {
            return Violation.of(ViolationCode.SCHEMA_STRUCTURE, path, structureDetail(errorKey, message));
        }
        if (errorKey.startsWith("cvc-enumeration-valid")) {
            return Violation.of(ViolationCode.CODE_LIST_VALUE, path);
        }
        ViolationCode fieldCode = FIELD_CODES.get(lastElement(path));
        if (fieldCode != null) {
            return Violation.of(fieldCode, path);
        }
        if (message.contains("'date'") || message.contains("'dateTime'")) {
            return Violation.of(ViolationCode.DATE_FORMAT, path);
        }
        return Violation.of(ViolationCode.SCHEMA_VALUE, path);
    }

    /**
     * Names the unexpected and the expected elements. In "invalid content" errors (2.4.a, 2.4.d) the first
     * element named is the one found; the rest are what the schema expected there.
     */
    private static String structureDetail(String errorKey, String message) {
        List<String> names = new ArrayList<>();
        Matcher matcher = ELEMENT_NAME.matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        List<String> parts = new ArrayList<>();
        boolean startsWithFound =
                errorKey.equals("cvc-complex-type.2.4.a") || errorKey.equals("cvc-complex-type.2.4.d");
        if (startsWithFound && !names.isEmpty()) {
            parts.add("Onverwacht: " + names.remove(0) + ".");
        }
        Set<String> expected = new LinkedHashSet<>(names);
        if (!expected.isEmpty()) {
            parts.add("Verwacht: " + String.join(" of ", expected) + ".");
        }
        return PersonalData.mask(String.join(" ", parts));
    }

    private static String lastElement(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        int index = last.indexOf('[');
        return index < 0 ? last : last.substring(0, index);
    }
}
