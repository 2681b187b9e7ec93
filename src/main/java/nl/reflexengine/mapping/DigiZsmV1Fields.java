package nl.reflexengine.mapping;

import static nl.reflexengine.mapping.WireFieldTable.names;

import java.util.Map;
import java.util.Optional;
import nl.reflexengine.report.SickReport;

/**
 * Where {@link DigiZsmV1Mapper} finds each canonical field in a DigiZSM v1 message, per flow: the names the
 * sender's reporting software uses, so a violation can be shown as
 * {@code /Ziekteaangifte/Werkgever/Loonheffingennummer}. Kept beside the mapper and changed with it.
 */
final class DigiZsmV1Fields {

    /** Berichtkop, Werkgever and Verzekerde: in every flow. */
    private static final WireFieldTable COMMON = WireFieldTable.builder()
            .group(
                    "header",
                    "Berichtkop",
                    names(
                            "messageId",
                            "Kenmerk",
                            "payrollSystem",
                            "Software",
                            "created",
                            "AangemaaktOp",
                            "test",
                            "Test"))
            .group(
                    "employer",
                    "Werkgever",
                    names(
                            "loonheffingennummer", "Loonheffingennummer",
                            "clientName", "Naam",
                            "vestigingscode", "Vestigingscode",
                            // DigiZSM names no contract: it is the one found by the loonheffingennummer
                            "contractCode", "Loonheffingennummer"))
            .group(
                    "employee",
                    "Verzekerde",
                    names(
                            "bsn", "Bsn",
                            "birthDate", "Geboortedatum",
                            "surname", "Achternaam",
                            "prefix", "Voorvoegsel",
                            "initials", "Voorletters",
                            "gender", "Geslacht"))
            .build();

    private static final WireFieldTable ZIEKTEAANGIFTE = WireFieldTable.builder()
            .all(COMMON)
            .group(
                    "incapacity",
                    "Aangifte",
                    names(
                            "firstDay", "EersteZiektedag",
                            "reason", "Reden",
                            "reportedSickOn", "DatumZiekgemeld",
                            "accident", "Ongeval",
                            "hoursWorkedFirstDay", "UrenGewerktEersteDag",
                            "scheduledHoursFirstDay", "UrenGeroosterdEersteDag",
                            "vangnetIndicator", "Vangnet",
                            "occupationallyDisabled", "Arbeidsgehandicapt"))
            .group("employment", "Aangifte", names("uitzendbeding", "Uitzendbeding", "endDate", "EinddatumContract"))
            .field("employee.iban", "Aangifte/Iban")
            .field("header.refersToMessageId", "Intrekking/IngetrokkenKenmerk")
            .build();

    private static final WireFieldTable WERKHERVATTING = WireFieldTable.builder()
            .all(COMMON)
            .group("incapacity", "EersteZiektedag", names("firstDay", ""))
            .build();

    private static final WireFieldTable FULL_RECOVERY = WireFieldTable.builder()
            .all(WERKHERVATTING)
            .group("recovery", "VolledigHersteld", names("date", "DatumHersteld", "full", ""))
            .build();

    private static final WireFieldTable PARTIAL_RECOVERY = WireFieldTable.builder()
            .all(WERKHERVATTING)
            .group(
                    "recovery",
                    "GedeeltelijkHersteld",
                    names(
                            "date", "DatumHervatting",
                            "full", "",
                            "percentageResumed", "PercentageHervat",
                            "svLoonFirstDay", "SvLoonEersteZiektedag",
                            "svLoonPerDayPartial", "SvLoonPerDagGedeeltelijk"))
            .build();

    private static final WireFieldTable WAZO = WireFieldTable.builder()
            .all(COMMON)
            .group(
                    "wazo",
                    "Verlof",
                    names(
                            "reason", "Soort",
                            "leaveStart", "StartdatumVerlof",
                            "expectedDeliveryDate", "VermoedelijkeBevallingsdatum",
                            "lastWorkingDay", "LaatsteWerkdag"))
            .group(
                    "wazo.extraBirthLeave",
                    "Verlof",
                    names(
                            "weeks", "AantalWeken",
                            "leaveStart", "StartdatumVerlof",
                            "childBirthDate", "GeboortedatumKind",
                            "standardBirthLeaveTaken", "GeboorteverlofOpgenomen",
                            "uwvPaysEmployeeDirectly", "UwvBetaaltRechtstreeks"))
            .field("employee.iban", "Iban")
            .field("header.refersToMessageId", "Intrekking/IngetrokkenKenmerk")
            .build();

    private static final WireFieldTable LANGDURIG = WireFieldTable.builder()
            .all(COMMON)
            .field("incapacity.firstDay", "EersteZiektedag")
            .field("incapacity.reason", "Reden")
            .field("incapacityPercentage", "PercentageArbeidsongeschikt")
            .build();

    private static final WireFieldTable HERSTELD_LANGDURIG = WireFieldTable.builder()
            .all(COMMON)
            .field("incapacity.firstDay", "EersteZiektedag")
            .group("recovery", "DatumHersteld", names("date", "", "full", ""))
            .build();

    /** Every table, for tests that hold them against the model. */
    static final Map<String, WireFieldTable> TABLES = Map.of(
            "Ziekteaangifte", ZIEKTEAANGIFTE,
            "MeldingWerkhervatting/VolledigHersteld", FULL_RECOVERY,
            "MeldingWerkhervatting/GedeeltelijkHersteld", PARTIAL_RECOVERY,
            "AanvraagWazoUitkering", WAZO,
            "MeldingLangdurigArbeidsongeschikt", LANGDURIG,
            "HersteldMeldingLangdurigArbeidsongeschikt", HERSTELD_LANGDURIG);

    private DigiZsmV1Fields() {}

    static Optional<String> find(String rootElement, SickReport report, String canonicalPath) {
        WireFieldTable table = switch (rootElement) {
            case "Ziekteaangifte" -> ZIEKTEAANGIFTE;
            // a full and a partial recovery are a choice of element, as in the mapper
            case "MeldingWerkhervatting" ->
                report.recovery() != null && !report.recovery().full() ? PARTIAL_RECOVERY : FULL_RECOVERY;
            case "AanvraagWazoUitkering" -> WAZO;
            case "MeldingLangdurigArbeidsongeschikt" -> LANGDURIG;
            case "HersteldMeldingLangdurigArbeidsongeschikt" -> HERSTELD_LANGDURIG;
            default -> null;
        };
        return table == null ? Optional.empty() : table.find(canonicalPath);
    }
}
