package nl.reflexengine.console;

import java.util.Map;
import nl.reflexengine.users.Role;
import org.springframework.stereotype.Component;

/**
 * The Dutch words the console shows for the engine's codes (outcomes, states, action points, mail kinds,
 * roles). Templates call it as {@code @labels}; a code without a word is shown as it is, so a new code is
 * visible rather than hidden.
 */
@Component("labels")
public class Labels {

    private static final Map<String, String> OUTCOMES = Map.of(
            "ACCEPTED", "geaccepteerd",
            "REJECTED", "afgewezen",
            "TEST_PASSED", "test goedgekeurd",
            "TEST_REJECTED", "test afgekeurd",
            "DUPLICATE", "dubbel ontvangen",
            "QUARANTINED", "quarantaine");

    /** Our side of a UWV message or mail: the outbox state. */
    private static final Map<String, String> DELIVERY = Map.of(
            "QUEUED", "in wachtrij",
            "SENDING", "wordt verstuurd",
            "SENT", "verstuurd",
            "FAILED", "mislukt",
            "CANCELLED", "ingetrokken");

    /** What Digipoort and UWV say about a UWV message. */
    private static final Map<String, String> UWV = Map.of(
            "DELIVERED", "afgeleverd",
            "VALIDATED", "gevalideerd",
            "HANDED_TO_UWV", "doorgegeven aan UWV",
            "ACCEPTED", "geaccepteerd",
            "ACCEPTED_WITH_WARNINGS", "geaccepteerd met waarschuwingen",
            "REJECTED", "afgewezen",
            "FAILED", "mislukt");

    private static final Map<String, String> ACTION_POINTS = Map.ofEntries(
            Map.entry("FIRST_CONTACT", "Eerste contact"),
            Map.entry("PROBLEM_ANALYSIS", "Probleemanalyse"),
            Map.entry("PLAN_OF_APPROACH", "Plan van aanpak"),
            Map.entry("WEEK_42_REPORT", "42e-weekmelding"),
            Map.entry("FIRST_YEAR_EVALUATION", "Eerstejaarsevaluatie"),
            Map.entry("FIRST_YEAR_ASSESSMENT", "Eerstejaarsbeoordeling"),
            Map.entry("CURRENT_OPINION", "Actueel oordeel"),
            Map.entry("REINTEGRATION_REPORT", "Re-integratieverslag"),
            Map.entry("DOSSIER_CLOSES", "Einde dossier"),
            Map.entry("UWV_SICK_REPORT", "Ziekmelding aan UWV"),
            Map.entry("UWV_VANGNET_REPORT", "Vangnetmelding aan UWV"),
            Map.entry("UWV_WAZO_APPLICATION", "WAZO-aanvraag bij UWV"));

    private static final Map<String, String> ACTION_POINT_STATES = Map.of(
            "OPEN", "open",
            "DONE", "afgerond",
            "NOT_NEEDED", "niet nodig",
            "CANCELLED", "vervallen");

    private static final Map<String, String> MAIL_KINDS = Map.of(
            "CONFIRMATION", "bevestiging",
            "TEST_PASSED", "testrapport (goedgekeurd)",
            "TEST_REJECTED", "testrapport (afgekeurd)",
            "REJECTION", "afwijzing");

    private static final Map<String, String> CLAIM_EVENTS = Map.of(
            "CREATED", "aangemaakt",
            "CORRECTED", "gecorrigeerd",
            "WITHDRAWN", "ingetrokken",
            "RECOVERED", "hersteld",
            "PARTIALLY_RECOVERED", "gedeeltelijk hersteld",
            "WEEK_42_REPORTED", "42e week gemeld");

    /** A claim's history line ("CORRECTED by M-2"): its first word and its linking words in Dutch. */
    public String claimEvent(String event) {
        if (event == null || event.isBlank()) {
            return "";
        }
        int space = event.indexOf(' ');
        String first = space < 0 ? event : event.substring(0, space);
        String rest = space < 0 ? "" : event.substring(space);
        return word(CLAIM_EVENTS, first) + rest.replace(" by ", " door ").replace(" on ", " op ");
    }

    public String outcome(String code) {
        return word(OUTCOMES, code);
    }

    public String delivery(String code) {
        return word(DELIVERY, code);
    }

    public String uwv(String code) {
        return word(UWV, code);
    }

    public String actionPoint(String kind) {
        return word(ACTION_POINTS, kind);
    }

    public String actionPointState(String code) {
        return word(ACTION_POINT_STATES, code);
    }

    public String mailKind(String code) {
        return word(MAIL_KINDS, code);
    }

    public String role(String code) {
        try {
            return Role.valueOf(code).label();
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return code;
        }
    }

    private static String word(Map<String, String> words, String code) {
        return code == null ? "" : words.getOrDefault(code, code);
    }
}
