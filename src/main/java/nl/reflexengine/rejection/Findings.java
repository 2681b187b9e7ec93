package nl.reflexengine.rejection;

import java.util.List;
import java.util.Optional;
import nl.reflexengine.mapping.WireFields;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.report.Employer;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.report.rules.Identifiers;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The violations of a reported message as its reader can act on them: each with its code, the field as the
 * sender's own XML names it ({@code /Ziekmelding/Werkgever/Vestigingscode}) and what to do. The canonical
 * field path the rules use stays with the operator: in the audit record, and in the log when a field has no
 * XML name.
 */
final class Findings {

    private static final Logger log = LoggerFactory.getLogger(Findings.class);

    private Findings() {}

    /** Whether only a defect of ours stopped the message: then there is nothing for the reader to correct. */
    static boolean oursOnly(List<Violation> violations) {
        return violations.stream().allMatch(v -> v.code() == ViolationCode.PROCESSING_FAILED);
    }

    static String heading(List<Violation> violations) {
        return oursOnly(violations) ? "Wat er misging:" : "Wat er niet klopt:";
    }

    /**
     * Every violation, one after the other.
     *
     * @param namesValues whether the reader is the client's own process manager: then a violation about
     *     reference data names the value we do not know ("Vestigingscode 0042 ..."); never a BSN
     */
    static String render(ReportedMessage message, boolean namesValues) {
        StringBuilder text = new StringBuilder();
        for (Violation violation : message.violations()) {
            text.append("- [").append(violation.code().name()).append(']');
            String field = xmlField(message, violation);
            if (!field.isEmpty()) {
                text.append(" veld ").append(PersonalData.mask(field));
            }
            Optional<String> value = namesValues ? valueNamed(message.report(), violation.code()) : Optional.empty();
            text.append("\n  ").append(value.orElseGet(() -> PersonalData.mask(violation.message())));
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** The field as the sender's XML names it; a schema error names it so already. */
    private static String xmlField(ReportedMessage message, Violation violation) {
        String field = violation.field();
        if (field.isEmpty() || field.startsWith("/")) {
            return field;
        }
        if (message.format() == null || message.report() == null || message.messageType() == null) {
            log.warn(
                    "Message {}: {} names field {} of a message that was never mapped",
                    message.auditId(),
                    violation.code(),
                    field);
            return "";
        }
        return WireFields.xmlPath(message.format(), message.messageType(), message.report(), field)
                .orElseGet(() -> {
                    // a rule about a field this message type does not carry: name the message, never our model
                    log.warn(
                            "Message {}: {} {} has no XML name for field {} ({}); the mail names the message",
                            message.auditId(),
                            message.format(),
                            message.messageType(),
                            field,
                            violation.code());
                    return "/" + message.messageType();
                });
    }

    /** For the process manager: which registered value the message named and we do not know. */
    private static Optional<String> valueNamed(SickReport report, ViolationCode code) {
        Employer employer = report == null ? null : report.employer();
        if (employer == null) {
            return Optional.empty();
        }
        String loonheffingennummer = loonheffingennummer(employer.loonheffingennummer());
        return switch (code) {
            case UNKNOWN_LOONHEFFINGENNUMMER ->
                Optional.of("Loonheffingennummer " + loonheffingennummer + " is niet bij ons geregistreerd.");
            case UNKNOWN_CONTRACT ->
                Optional.of(
                        employer.contractCode() == null
                                ? "Bij loonheffingennummer " + loonheffingennummer
                                        + " is bij ons geen ZW-contract geregistreerd."
                                : "ZW-contract " + PersonalData.mask(employer.contractCode())
                                        + " is niet bij ons geregistreerd voor loonheffingennummer "
                                        + loonheffingennummer + ".");
            case UNKNOWN_VESTIGINGSCODE ->
                Optional.of("Vestigingscode " + PersonalData.mask(employer.vestigingscode())
                        + " is niet bij ons geregistreerd. Vraag de werkgever om al zijn vestigingscodes.");
            default -> Optional.empty();
        };
    }

    /**
     * A loonheffingennummer is a fiscal number with L01; a sole trader's fiscal number can be their BSN, so
     * one whose nine digits pass the BSN eleven test is shown as a BSN is: its last four digits only.
     */
    private static String loonheffingennummer(String value) {
        if (value == null || value.length() < 9) {
            return "onbekend";
        }
        String digits = value.substring(0, 9);
        return Identifiers.isBsnFormat(digits) && Identifiers.passesElevenTest(digits)
                ? PersonalData.maskBsn(digits) + value.substring(9)
                : value;
    }
}
