package nl.reflexengine.mapping;

import static nl.reflexengine.mapping.WireFieldTable.names;

import java.util.Map;
import java.util.Optional;

/**
 * Where {@link ReflexV1Mapper} finds each canonical field in a Reflex v1 message: the names a sender's
 * payroll system uses, so a violation can be shown to the sender as {@code /Ziekmelding/Werkgever/Vestigingscode}.
 * Kept beside the mapper and changed with it.
 */
final class ReflexV1Fields {

    private static final Map<String, String> ADDRESS = names(
            "street", "Straat",
            "houseNumber", "Huisnummer",
            "addition", "Toevoeging",
            "postcode", "Postcode",
            "city", "Plaats",
            "region", "Regio",
            "countryName", "Land",
            "countryCode", "Landcode");

    /** Bericht and Werkgever: in every Reflex message. */
    private static final WireFieldTable ENVELOPE = WireFieldTable.builder()
            .group(
                    "header",
                    "Bericht",
                    names(
                            "messageId", "BerichtId",
                            "payrollSystem", "Verloningssysteem",
                            "sender", "Afzender",
                            "created", "AangemaaktOp",
                            "test", "Test"))
            .group(
                    "employer",
                    "Werkgever",
                    names(
                            "clientName", "Klant",
                            "loonheffingennummer", "Loonheffingennummer",
                            "contractCode", "ZwContract",
                            "vestigingscode", "Vestigingscode",
                            "confirmationEmail", "EmailBevestiging"))
            .build();

    /** The content a Ziekmelding and a Correctie share (group MeldingInhoud of the schema). */
    private static final WireFieldTable REPORT = WireFieldTable.builder()
            .all(ENVELOPE)
            .group(
                    "employee",
                    "Werknemer",
                    names(
                            "bsn", "Bsn",
                            "birthDate", "Geboortedatum",
                            "personnelNumber", "Personeelsnummer",
                            "surname", "Achternaam",
                            "prefix", "Voorvoegsel",
                            "initials", "Voorletters",
                            "firstName", "Voornaam",
                            "partnerSurname", "AchternaamPartner",
                            "partnerPrefix", "VoorvoegselPartner",
                            "gender", "Geslacht",
                            "iban", "Iban"))
            .group("contact", "Contact", names("phone", "Telefoon", "mobile", "Mobiel", "email", "Email"))
            .group("contact.homeAddress", "Contact/Woonadres", ADDRESS)
            .group("contact.residenceAddress", "Contact/Verblijfadres", ADDRESS)
            .group(
                    "employment",
                    "Dienstverband",
                    names(
                            "nature", "Aard",
                            "phase", "Fase",
                            "uitzendbeding", "Uitzendbeding",
                            "jobTitle", "Functie",
                            "startDate", "StartdatumEersteDienstverband",
                            "endDate", "Einddatum"))
            .group(
                    "incapacity",
                    "Melding",
                    names(
                            "reason", "Reden",
                            "firstDay", "EersteZiektedag",
                            "reportedSickOn", "DatumZiekgemeld",
                            "accident", "Ongeval",
                            "lastWorkingDay", "LaatsteWerkdag",
                            "hoursWorkedFirstDay", "UrenGewerktEersteDag",
                            "scheduledHoursFirstDay", "UrenGeroosterdEersteDag",
                            "workObligationFirstDay", "WerkplichtEersteDag",
                            "nextScheduledWorkingDay", "VolgendeGeroosterdeWerkdag",
                            "scheduledNextSaturday", "GeroosterdVolgendeZaterdag",
                            "scheduledNextSunday", "GeroosterdVolgendeZondag",
                            "remark", "Opmerking",
                            "occupationallyDisabled", "Arbeidsgehandicapt"))
            .group(
                    "wazo",
                    "Wazo",
                    names(
                            "reason", "Reden",
                            "leaveStart", "StartdatumVerlof",
                            "expectedDeliveryDate", "VermoedelijkeBevallingsdatum",
                            "lastWorkingDay", "LaatsteWerkdag",
                            "nextWorkingDay", "VolgendeWerkdag"))
            .group(
                    "wazo.extraBirthLeave",
                    "Wazo/AanvullendGeboorteverlof",
                    names(
                            "weeks", "AantalWeken",
                            "leaveStart", "StartdatumVerlof",
                            "childBirthDate", "GeboortedatumKind",
                            "standardBirthLeaveTaken", "GeboorteverlofOpgenomen",
                            "uwvPaysEmployeeDirectly", "UwvBetaaltRechtstreeks"))
            .group(
                    "death",
                    "Overlijden",
                    names(
                            "dateOfDeath", "Overlijdensdatum",
                            "hoursWorked", "UrenGewerkt",
                            "hoursScheduled", "UrenGeroosterd",
                            "workObligation", "Werkplicht"))
            .field("wagePeriods", "Loongegevens")
            .group(
                    "wagePeriods[]",
                    "Loongegevens/Aangifteperiode[]",
                    names(
                            "start", "Begindatum",
                            "end", "Einddatum",
                            "svLoon", "SvLoon",
                            "holidayAllowancePaid", "VakantiegeldBetaald",
                            "holidayAllowanceEntitlement", "VakantiegeldRecht",
                            "extraPeriodSalaryPaid", "ExtraPeriodesalarisBetaald",
                            "extraPeriodSalaryEntitled", "ExtraPeriodesalarisRecht",
                            "svDays", "SvDagen",
                            "hoursPaid", "UrenBetaald"))
            .build();

    static final Map<String, WireFieldTable> BY_ROOT = Map.of(
            "Ziekmelding", REPORT,
            "Correctie",
                    WireFieldTable.builder()
                            .all(REPORT)
                            .field("header.refersToMessageId", "CorrigeertBerichtId")
                            .build(),
            "Intrekking",
                    WireFieldTable.builder()
                            .all(ENVELOPE)
                            .field("header.refersToMessageId", "TrektInBerichtId")
                            .group(
                                    "employee",
                                    "Werknemer",
                                    names("bsn", "Bsn", "birthDate", "Geboortedatum", "surname", "Achternaam"))
                            .build());

    private ReflexV1Fields() {}

    static Optional<String> find(String rootElement, String canonicalPath) {
        WireFieldTable table = BY_ROOT.get(rootElement);
        return table == null ? Optional.empty() : table.find(canonicalPath);
    }
}
