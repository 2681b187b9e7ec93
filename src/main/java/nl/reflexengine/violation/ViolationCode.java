package nl.reflexengine.violation;

/**
 * Every reason the engine can give for not accepting a message. The names are a contract: they appear in
 * replay reports, in the audit store and in the reports to process managers, so a code is never renamed
 * or reused for another meaning. The texts are Dutch because payroll clerks read them.
 */
public enum ViolationCode {

    // The delivery (mail or file) as a whole, before any message is read from it
    UNKNOWN_SENDER(
            Stage.DELIVERY,
            "De afzender is niet geregistreerd voor Reflex. Het bericht is in quarantaine gezet en niet verwerkt."),
    NO_XML_ATTACHMENT(
            Stage.DELIVERY,
            "De mail bevat geen XML-bijlage. Stuur de ziekmelding als XML-bestand (of in een zip-bestand) mee als bijlage."),
    MAIL_UNREADABLE(
            Stage.DELIVERY,
            "De mail kan niet worden gelezen (beschadigde of te diep geneste opbouw). Verstuur de mail opnieuw vanuit het verloningssysteem."),
    TOO_MANY_ATTACHMENTS(
            Stage.DELIVERY,
            "De mail of het zip-bestand bevat meer bijlagen dan toegestaan. Verdeel de ziekmeldingen over meerdere mails of bestanden."),
    ZIP_UNREADABLE(
            Stage.DELIVERY,
            "Het zip-bestand kan niet worden gelezen of bevat geen XML-bestanden. Maak het zip-bestand opnieuw aan met de XML-berichten."),

    // Message as a whole
    EMPTY_MESSAGE(Stage.MESSAGE, "Het bericht is leeg. Stuur het bericht opnieuw met de XML-inhoud."),
    MESSAGE_TOO_LARGE(Stage.MESSAGE, "Het bericht is groter dan toegestaan. Stuur één ziekmelding per bestand."),
    XML_NOT_WELL_FORMED(
            Stage.MESSAGE,
            "Het bericht is geen geldige XML (bijvoorbeeld afgebroken of geen XML-bestand). Maak het bericht opnieuw aan in het verloningssysteem."),
    XML_DOCTYPE_FORBIDDEN(
            Stage.MESSAGE,
            "Het bericht bevat een DOCTYPE-declaratie; die is niet toegestaan. Verwijder de DOCTYPE-regel."),
    XML_EXTERNAL_ENTITY_FORBIDDEN(
            Stage.MESSAGE,
            "Het bericht verwijst naar een externe entiteit (bestand of internetadres); dat is niet toegestaan."),
    XML_SCHEMA_LOCATION_FORBIDDEN(
            Stage.MESSAGE,
            "Het bericht verwijst met xsi:schemaLocation naar een extern schema (internetadres of bestandspad); dat is niet toegestaan. Verwijder het attribuut of noem alleen de bestandsnaam van het schema."),
    XML_ENTITY_EXPANSION_FORBIDDEN(
            Stage.MESSAGE, "Het bericht declareert eigen entiteiten; die worden om veiligheidsredenen niet verwerkt."),
    XML_LIMIT_EXCEEDED(
            Stage.MESSAGE,
            "Het bericht overschrijdt een veiligheidsgrens voor XML (te diep genest of te veel attributen)."),
    UNKNOWN_MESSAGE_FORMAT(
            Stage.MESSAGE,
            "Het berichttype wordt niet herkend. Alleen Reflex v1 en DigiZSM v1 berichten worden verwerkt."),
    PROCESSING_FAILED(
            Stage.MESSAGE,
            "Het bericht kon door een fout bij ons niet worden verwerkt. Het is bewaard en wordt door beheer onderzocht; u hoeft niets te doen."),

    // Schema (XSD)
    SCHEMA_STRUCTURE(
            Stage.SCHEMA,
            "Een verplicht veld ontbreekt, of een veld staat op een onverwachte plek. Controleer het genoemde veld."),
    SCHEMA_VALUE(Stage.SCHEMA, "De waarde van het genoemde veld past niet bij het veldtype of is te lang."),
    CODE_LIST_VALUE(Stage.SCHEMA, "De code in het genoemde veld komt niet voor in de toegestane codelijst."),
    DATE_FORMAT(Stage.SCHEMA, "De datum in het genoemde veld is ongeldig. Gebruik het formaat JJJJ-MM-DD."),
    BSN_FORMAT(Stage.SCHEMA, "Het BSN moet uit precies 9 cijfers bestaan."),
    LOONHEFFINGENNUMMER_FORMAT(
            Stage.SCHEMA,
            "Het loonheffingennummer moet bestaan uit 9 cijfers, de letter L en 2 cijfers (bijvoorbeeld 123456789L01)."),
    IBAN_FORMAT(
            Stage.SCHEMA,
            "Het IBAN heeft een ongeldig formaat. Een Nederlands IBAN heeft 18 tekens, zonder spaties (NLkk BBBB 0123456789)."),

    // Business rules on the message content
    BSN_ELEVEN_TEST(Stage.RULE, "Het BSN voldoet niet aan de elfproef. Controleer het BSN van de werknemer."),
    IBAN_CHECKSUM(Stage.RULE, "Het IBAN klopt niet (controlegetal). Controleer het rekeningnummer van de werknemer."),
    POSTCODE_FORMAT(
            Stage.RULE, "De Nederlandse postcode moet bestaan uit 4 cijfers en 2 letters, bijvoorbeeld 1234 AB."),
    FIRST_DAY_BEFORE_EMPLOYMENT_START(
            Stage.RULE, "De eerste ziektedag ligt vóór de startdatum van het dienstverband. Controleer beide datums."),
    REPORTED_BEFORE_FIRST_DAY(
            Stage.RULE, "De datum van ziekmelding ligt vóór de eerste ziektedag. Controleer beide datums."),
    LAST_WORKING_DAY_AFTER_FIRST_DAY(
            Stage.RULE, "De laatste werkdag ligt na de eerste ziektedag. Controleer beide datums."),
    END_DATE_BEFORE_EMPLOYMENT_START(
            Stage.RULE, "De einddatum van het dienstverband ligt vóór de startdatum. Controleer beide datums."),
    END_DATE_REQUIRED(
            Stage.RULE,
            "Bij deze fase, dit soort dienstverband of deze reden is de einddatum van het dienstverband verplicht."),
    END_DATE_INTERN_FICTITIOUS(
            Stage.RULE,
            "Bij een stagiair of fictief dienstverband dat uit dienst ziek wordt gemeld, is de einddatum de dag vóór de eerste ziektedag."),
    HOURS_OUT_OF_RANGE(Stage.RULE, "Het aantal uren op één dag moet tussen 0 en 24 liggen."),
    WAZO_DETAILS_MISSING(Stage.RULE, "Bij reden WAZO zijn de verlofgegevens (soort verlof en startdatum) verplicht."),
    EXPECTED_DELIVERY_DATE_MISSING(
            Stage.RULE, "Bij zwangerschaps- en bevallingsverlof is de vermoedelijke bevallingsdatum verplicht."),
    EXTRA_BIRTH_LEAVE_DETAILS_MISSING(
            Stage.RULE,
            "Bij aanvullend geboorteverlof zijn het aantal weken, de startdatum, de geboortedatum van het kind en de verklaring over het opgenomen geboorteverlof verplicht."),
    EXTRA_BIRTH_LEAVE_WEEKS(Stage.RULE, "Aanvullend geboorteverlof kan voor 1 tot en met 5 weken worden aangevraagd."),
    EXTRA_BIRTH_LEAVE_STANDARD_NOT_TAKEN(
            Stage.RULE,
            "Aanvullend geboorteverlof kan pas als het gewone geboorteverlof is opgenomen. Bevestig dat dit zo is."),
    DEATH_DETAILS_MISSING(
            Stage.RULE,
            "Bij reden overlijden zijn de overlijdensdatum, de uren op die dag en de werkplicht verplicht."),
    DEATH_DATE_MISMATCH(Stage.RULE, "Bij overlijden moet de eerste ziektedag gelijk zijn aan de overlijdensdatum."),
    WAGE_PERIODS_MAX(Stage.RULE, "Er mogen maximaal 14 aangifteperiodes met loongegevens worden meegestuurd."),
    WAGE_PERIOD_DATES(Stage.RULE, "De einddatum van een aangifteperiode ligt vóór de begindatum."),
    PHASE_NOT_ACCEPTED_FROM_PAYROLL_SYSTEM(
            Stage.RULE,
            "Een dienstverband zonder uitzendbeding kan vanuit dit verloningssysteem niet via Reflex worden gemeld. Gebruik het webformulier."),
    RECOVERY_DATE_IN_FUTURE(
            Stage.RULE,
            "De datum van herstel of werkhervatting ligt in de toekomst; meld herstel pas op of na die datum."),
    RECOVERY_BEFORE_FIRST_DAY(Stage.RULE, "De datum van herstel of werkhervatting ligt vóór de eerste ziektedag."),

    // Reference data: the client's own registration
    UNKNOWN_LOONHEFFINGENNUMMER(
            Stage.REFERENCE, "Dit loonheffingennummer is bij ons niet bekend. Neem contact op met uw procesmanager."),
    UNKNOWN_CONTRACT(
            Stage.REFERENCE,
            "Dit ZW-contract is niet bekend bij dit loonheffingennummer. Controleer de contractcode of neem contact op met uw procesmanager."),
    UNKNOWN_VESTIGINGSCODE(
            Stage.REFERENCE,
            "Deze vestigingscode is niet bekend bij uw organisatie. Geef alle vestigingscodes door aan uw procesmanager."),
    WAGE_DATA_REQUIRED(
            Stage.REFERENCE, "Volgens uw ZW-contract levert u zelf loongegevens aan; stuur de aangifteperiodes mee."),
    CLAIM_NOT_FOUND(
            Stage.CLAIM,
            "Er is geen lopende ziekmelding bekend van deze werknemer met deze eerste ziektedag. Stuur eerst de ziekmelding, of controleer BSN en eerste ziektedag."),
    REFERENCED_MESSAGE_UNKNOWN(
            Stage.CLAIM,
            "Het bericht waarnaar deze correctie of intrekking verwijst, is bij ons niet bekend (of al ingetrokken) voor deze werkgever. Controleer het berichtkenmerk."),
    MESSAGE_ID_ALREADY_USED(
            Stage.CLAIM,
            "Dit berichtkenmerk is al gebruikt voor een andere ziekmelding van deze werkgever. Geef elk bericht een eigen kenmerk; gebruik een correctie om een melding te wijzigen."),
    SENDER_NOT_AUTHORISED_FOR_EMPLOYER(
            Stage.REFERENCE,
            "De afzender is niet geregistreerd voor de werkgever met dit loonheffingennummer. Meld ziek vanuit het adres of de map van deze werkgever.");

    /** Where in the pipeline a code is raised; the README's code table is grouped by it. */
    public enum Stage {
        DELIVERY,
        MESSAGE,
        SCHEMA,
        RULE,
        REFERENCE,
        CLAIM
    }

    private final Stage stage;
    private final String explanation;

    ViolationCode(Stage stage, String explanation) {
        this.stage = stage;
        this.explanation = explanation;
    }

    public Stage stage() {
        return stage;
    }

    /** The Dutch sentence a payroll clerk can act on. */
    public String explanation() {
        return explanation;
    }
}
