package nl.reflexengine.violation;

/**
 * Every reason the engine can give for not accepting a message. The names are a contract: they appear in
 * replay reports, in the audit store and in the reports to process managers, so a code is never renamed
 * or reused for another meaning. The texts are Dutch because payroll clerks read them; each code's meaning
 * is English, for operations. The code tables in schemas/README.md are generated from this enum.
 */
public enum ViolationCode {

    // The delivery (mail or file) as a whole, before any message is read from it
    UNKNOWN_SENDER(
            Stage.DELIVERY,
            "A mail from an address no client registered (`sender_addresses`): quarantined, never answered.",
            "De afzender is niet geregistreerd voor Reflex. Het bericht is in quarantaine gezet en niet verwerkt."),
    NO_XML_ATTACHMENT(
            Stage.DELIVERY,
            "A mail without an XML attachment or a zip with XML files.",
            "De mail bevat geen XML-bijlage. Stuur de ziekmelding als XML-bestand (of in een zip-bestand) mee als bijlage."),
    MAIL_UNREADABLE(
            Stage.DELIVERY,
            "Broken MIME, a bad charset, a truncated part, or multipart nesting deeper than `reflex.intake.max-mime-depth`.",
            "De mail kan niet worden gelezen (beschadigde of te diep geneste opbouw). Verstuur de mail opnieuw vanuit het verloningssysteem."),
    TOO_MANY_ATTACHMENTS(
            Stage.DELIVERY,
            "More XML attachments (or zip entries) than `reflex.intake.max-attachments`.",
            "De mail of het zip-bestand bevat meer bijlagen dan toegestaan. Verdeel de ziekmeldingen over meerdere mails of bestanden."),
    ZIP_UNREADABLE(
            Stage.DELIVERY,
            "A zip attachment or dropped zip that cannot be read or holds no XML file.",
            "Het zip-bestand kan niet worden gelezen of bevat geen XML-bestanden. Maak het zip-bestand opnieuw aan met de XML-berichten."),

    // Message as a whole
    EMPTY_MESSAGE(
            Stage.MESSAGE,
            "The file or attachment is empty or only whitespace.",
            "Het bericht is leeg. Stuur het bericht opnieuw met de XML-inhoud."),
    MESSAGE_TOO_LARGE(
            Stage.MESSAGE,
            "Larger than `reflex.validation.max-message-bytes` (a mail: `reflex.intake.max-mail-bytes`); not parsed.",
            "Het bericht is groter dan toegestaan. Stuur één ziekmelding per bestand."),
    XML_NOT_WELL_FORMED(
            Stage.MESSAGE,
            "Not XML, truncated, or broken XML (line and column in the text).",
            "Het bericht is geen geldige XML (bijvoorbeeld afgebroken of geen XML-bestand). Maak het bericht opnieuw aan in het verloningssysteem."),
    XML_DOCTYPE_FORBIDDEN(
            Stage.MESSAGE,
            "A DOCTYPE declaration; messages may not carry one.",
            "Het bericht bevat een DOCTYPE-declaratie; die is niet toegestaan. Verwijder de DOCTYPE-regel."),
    XML_EXTERNAL_ENTITY_FORBIDDEN(
            Stage.MESSAGE,
            "A DOCTYPE naming an external resource (XXE to a file or URL). Nothing is fetched.",
            "Het bericht verwijst naar een externe entiteit (bestand of internetadres); dat is niet toegestaan."),
    XML_SCHEMA_LOCATION_FORBIDDEN(
            Stage.MESSAGE,
            "An `xsi:schemaLocation` or `xsi:noNamespaceSchemaLocation` pointing elsewhere (a URL, an absolute or a parent path). Nothing is fetched; a bare file name is allowed and ignored.",
            "Het bericht verwijst met xsi:schemaLocation naar een extern schema (internetadres of bestandspad); dat is niet toegestaan. Verwijder het attribuut of noem alleen de bestandsnaam van het schema."),
    XML_ENTITY_EXPANSION_FORBIDDEN(
            Stage.MESSAGE,
            "A DOCTYPE declaring internal entities (billion laughs). Nothing is expanded.",
            "Het bericht declareert eigen entiteiten; die worden om veiligheidsredenen niet verwerkt."),
    XML_LIMIT_EXCEEDED(
            Stage.MESSAGE,
            "A JDK XML security limit hit, e.g. nesting deeper than 64 elements.",
            "Het bericht overschrijdt een veiligheidsgrens voor XML (te diep genest of te veel attributen)."),
    UNKNOWN_MESSAGE_FORMAT(
            Stage.MESSAGE,
            "Root element and namespace are not Reflex v1 or DigiZSM v1.",
            "Het berichttype wordt niet herkend. Alleen Reflex v1 en DigiZSM v1 berichten worden verwerkt."),
    PROCESSING_FAILED(
            Stage.MESSAGE,
            "A defect of ours; the message is kept for operations. Not the sender's fault.",
            "Het bericht kon door een fout bij ons niet worden verwerkt. Het is bewaard en wordt door beheer onderzocht; u hoeft niets te doen."),

    // Schema (XSD)
    SCHEMA_STRUCTURE(
            Stage.SCHEMA,
            "A required element is missing, or an element is unknown or out of order (the text names what was expected).",
            "Een verplicht veld ontbreekt, of een veld staat op een onverwachte plek. Controleer het genoemde veld."),
    SCHEMA_VALUE(
            Stage.SCHEMA,
            "A value does not fit its type (length, characters, number).",
            "De waarde van het genoemde veld past niet bij het veldtype of is te lang."),
    CODE_LIST_VALUE(
            Stage.SCHEMA,
            "A value outside its code list (reason, phase, gender, ...).",
            "De code in het genoemde veld komt niet voor in de toegestane codelijst."),
    DATE_FORMAT(
            Stage.SCHEMA,
            "An invalid date or timestamp (not YYYY-MM-DD, or 30 February).",
            "De datum in het genoemde veld is ongeldig. Gebruik het formaat JJJJ-MM-DD."),
    BSN_FORMAT(Stage.SCHEMA, "BSN not exactly 9 digits.", "Het BSN moet uit precies 9 cijfers bestaan."),
    LOONHEFFINGENNUMMER_FORMAT(
            Stage.SCHEMA,
            "Loonheffingennummer not 9 digits + L + 2 digits.",
            "Het loonheffingennummer moet bestaan uit 9 cijfers, de letter L en 2 cijfers (bijvoorbeeld 123456789L01)."),
    IBAN_FORMAT(
            Stage.SCHEMA,
            "IBAN not in ISO 13616 form, or a Dutch IBAN not 18 characters (the last is a business rule).",
            "Het IBAN heeft een ongeldig formaat. Een Nederlands IBAN heeft 18 tekens, zonder spaties (NLkk BBBB 0123456789)."),

    // Business rules on the message content
    BSN_ELEVEN_TEST(
            Stage.RULE,
            "BSN fails the eleven test.",
            "Het BSN voldoet niet aan de elfproef. Controleer het BSN van de werknemer."),
    IBAN_CHECKSUM(
            Stage.RULE,
            "IBAN fails the mod-97 check.",
            "Het IBAN klopt niet (controlegetal). Controleer het rekeningnummer van de werknemer."),
    POSTCODE_FORMAT(
            Stage.RULE,
            "Dutch address (Landcode NL) without a valid Dutch postcode (4 digits, first not 0, 2 letters other than SA/SD/SS).",
            "De Nederlandse postcode moet bestaan uit 4 cijfers en 2 letters, bijvoorbeeld 1234 AB."),
    FIRST_DAY_BEFORE_EMPLOYMENT_START(
            Stage.RULE,
            "First day of incapacity before the start of the first uninterrupted employment.",
            "De eerste ziektedag ligt vóór de startdatum van het dienstverband. Controleer beide datums."),
    REPORTED_BEFORE_FIRST_DAY(
            Stage.RULE,
            "Reported sick before the first day of incapacity.",
            "De datum van ziekmelding ligt vóór de eerste ziektedag. Controleer beide datums."),
    LAST_WORKING_DAY_AFTER_FIRST_DAY(
            Stage.RULE,
            "Last working day after the first day of incapacity.",
            "De laatste werkdag ligt na de eerste ziektedag. Controleer beide datums."),
    END_DATE_BEFORE_EMPLOYMENT_START(
            Stage.RULE,
            "Employment end date before its start date.",
            "De einddatum van het dienstverband ligt vóór de startdatum. Controleer beide datums."),
    END_DATE_REQUIRED(
            Stage.RULE,
            "End date missing where phase (ABU B, NBBU 3), nature (fixed term, intern, fictitious) or reason (sick out of service) requires it.",
            "Bij deze fase, dit soort dienstverband of deze reden is de einddatum van het dienstverband verplicht."),
    END_DATE_INTERN_FICTITIOUS(
            Stage.RULE,
            "Intern or fictitious employment reported sick out of service whose end date is not the day before the first day.",
            "Bij een stagiair of fictief dienstverband dat uit dienst ziek wordt gemeld, is de einddatum de dag vóór de eerste ziektedag."),
    HOURS_OUT_OF_RANGE(
            Stage.RULE,
            "Hours worked or scheduled on one day outside 0-24.",
            "Het aantal uren op één dag moet tussen 0 en 24 liggen."),
    WAZO_DETAILS_MISSING(
            Stage.RULE,
            "Reason WAZO in a Reflex report (or a DigiZSM WAZO application) without leave type and start date.",
            "Bij reden WAZO zijn de verlofgegevens (soort verlof en startdatum) verplicht."),
    EXPECTED_DELIVERY_DATE_MISSING(
            Stage.RULE,
            "Pregnancy and birth leave without the expected delivery date.",
            "Bij zwangerschaps- en bevallingsverlof is de vermoedelijke bevallingsdatum verplicht."),
    EXTRA_BIRTH_LEAVE_DETAILS_MISSING(
            Stage.RULE,
            "Extra birth leave without weeks, leave start or child's birth date (without the statement about standard birth leave: `EXTRA_BIRTH_LEAVE_STANDARD_NOT_TAKEN`).",
            "Bij aanvullend geboorteverlof zijn het aantal weken, de startdatum, de geboortedatum van het kind en de verklaring over het opgenomen geboorteverlof verplicht."),
    EXTRA_BIRTH_LEAVE_WEEKS(
            Stage.RULE,
            "Extra birth leave not 1 to 5 weeks.",
            "Aanvullend geboorteverlof kan voor 1 tot en met 5 weken worden aangevraagd."),
    EXTRA_BIRTH_LEAVE_STANDARD_NOT_TAKEN(
            Stage.RULE,
            "Extra birth leave while the standard birth leave was not taken, or without the statement that it was (DigiZSM `GeboorteverlofOpgenomen` absent).",
            "Aanvullend geboorteverlof kan pas als het gewone geboorteverlof is opgenomen. Bevestig dat dit zo is."),
    DEATH_DETAILS_MISSING(
            Stage.RULE,
            "Reason death in a Reflex report without date of death, hours and work obligation.",
            "Bij reden overlijden zijn de overlijdensdatum, de uren op die dag en de werkplicht verplicht."),
    DEATH_DATE_MISMATCH(
            Stage.RULE,
            "Date of death differs from the first day of incapacity.",
            "Bij overlijden moet de eerste ziektedag gelijk zijn aan de overlijdensdatum."),
    WAGE_PERIODS_MAX(
            Stage.RULE,
            "More than 14 wage declaration periods.",
            "Er mogen maximaal 14 aangifteperiodes met loongegevens worden meegestuurd."),
    WAGE_PERIOD_DATES(
            Stage.RULE,
            "A wage period ending before it starts.",
            "De einddatum van een aangifteperiode ligt vóór de begindatum."),
    PHASE_NOT_ACCEPTED_FROM_PAYROLL_SYSTEM(
            Stage.RULE,
            "Employment without uitzendbeding from a payroll system other than those in `reflex.validation.payroll-systems-without-uitzendbeding` (Reflex only): use the web form.",
            "Een dienstverband zonder uitzendbeding kan vanuit dit verloningssysteem niet via Reflex worden gemeld. Gebruik het webformulier."),
    RECOVERY_DATE_IN_FUTURE(
            Stage.RULE,
            "Recovery or work resumption dated after the message was created.",
            "De datum van herstel of werkhervatting ligt in de toekomst; meld herstel pas op of na die datum."),
    RECOVERY_BEFORE_FIRST_DAY(
            Stage.RULE,
            "Recovery or work resumption dated before the first day of incapacity.",
            "De datum van herstel of werkhervatting ligt vóór de eerste ziektedag."),

    // Reference data: the client's own registration
    UNKNOWN_LOONHEFFINGENNUMMER(
            Stage.REFERENCE,
            "No client has this loonheffingennummer (contract and branch are then not checked).",
            "Dit loonheffingennummer is bij ons niet bekend. Neem contact op met uw procesmanager."),
    UNKNOWN_CONTRACT(
            Stage.REFERENCE,
            "The ZW contract is not this client's or not for this loonheffingennummer; or (DigiZSM, no contract named) the loonheffingennummer has no contract.",
            "Dit ZW-contract is niet bekend bij dit loonheffingennummer. Controleer de contractcode of neem contact op met uw procesmanager."),
    UNKNOWN_VESTIGINGSCODE(
            Stage.REFERENCE,
            "The vestigingscode is not a branch of this client.",
            "Deze vestigingscode is bij ons niet geregistreerd voor uw organisatie. Geef al uw vestigingscodes door aan"
                    + " uw procesmanager."),
    WAGE_DATA_REQUIRED(
            Stage.REFERENCE,
            "The client's ZW contract says the employer supplies wage data, and the Reflex sick report has none.",
            "Volgens uw ZW-contract levert u zelf loongegevens aan; stuur de aangifteperiodes mee."),
    CLAIM_NOT_FOUND(
            Stage.CLAIM,
            "A recovery or week-42 report with no running claim of that person and first day at that client.",
            "Er is geen lopende ziekmelding bekend van deze werknemer met deze eerste ziektedag. Stuur eerst de ziekmelding, of controleer BSN en eerste ziektedag."),
    REFERENCED_MESSAGE_UNKNOWN(
            Stage.CLAIM,
            "A correction or withdrawal referring to a message id that is not an accepted, not withdrawn report of this client.",
            "Het bericht waarnaar deze correctie of intrekking verwijst, is bij ons niet bekend (of al ingetrokken) voor deze werkgever. Controleer het berichtkenmerk."),
    CORRECTION_KIND_CHANGED(
            Stage.CLAIM,
            "A correction that would turn a sick report into a WAZO application or back: they are different records.",
            "Een correctie kan een ziekmelding niet veranderen in een WAZO-aanvraag (of andersom). Trek de melding in en stuur een nieuwe melding van de juiste soort."),
    MESSAGE_ID_ALREADY_USED(
            Stage.CLAIM,
            "A new sick report with the message id of an earlier report of this client (use a Correctie to change a report).",
            "Dit berichtkenmerk is al gebruikt voor een andere ziekmelding van deze werkgever. Geef elk bericht een eigen kenmerk; gebruik een correctie om een melding te wijzigen."),
    REPORTED_TOO_EARLY(
            Stage.CLAIM,
            "A sick report of a temp contract with uitzendbeding (sickness from 1 July 2023, `reflex.claims.uitzendbeding-end-date-from`) stating the contract's agreed end date, received more than 10 days (`reflex.claims.uitzendbeding-max-days-early`) before that end date.",
            "Deze ziekmelding is te vroeg verstuurd. Bij een uitzendcontract met uitzendbeding meldt u de ziekte op de afgesproken einddatum van het contract (de einddatum bij het dienstverband), en niet meer dan 10 dagen vóór die einddatum. Stuur de ziekmelding opnieuw binnen die 10 dagen."),
    SENDER_NOT_AUTHORISED_FOR_EMPLOYER(
            Stage.REFERENCE,
            "The mail sender or drop folder belongs to another client than the loonheffingennummer.",
            "De afzender is niet geregistreerd voor de werkgever met dit loonheffingennummer. Meld ziek vanuit het adres of de map van deze werkgever.");

    /**
     * Where in the pipeline a code is raised. The code tables in schemas/README.md are grouped by it, in this
     * order, under each stage's title (ViolationCodeCatalogueTest generates them).
     */
    public enum Stage {
        DELIVERY("The delivery (mail or dropped file)"),
        MESSAGE("Message as a whole"),
        SCHEMA("Schema (XSD)"),
        RULE("Business rules"),
        REFERENCE("Reference data"),
        CLAIM("Claims");

        private final String title;

        Stage(String title) {
            this.title = title;
        }

        /** The heading of this stage's code table. */
        public String title() {
            return title;
        }
    }

    private final Stage stage;
    private final String meaning;
    private final String explanation;

    ViolationCode(Stage stage, String meaning, String explanation) {
        this.stage = stage;
        this.meaning = meaning;
        this.explanation = explanation;
    }

    public Stage stage() {
        return stage;
    }

    /** What the code means, in English, for operations and developers (Markdown: names in backticks). */
    public String meaning() {
        return meaning;
    }

    /** The Dutch sentence a payroll clerk can act on. */
    public String explanation() {
        return explanation;
    }
}
