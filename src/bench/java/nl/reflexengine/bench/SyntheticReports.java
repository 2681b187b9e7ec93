package nl.reflexengine.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.reference.Branch;
import nl.reflexengine.reference.Client;
import nl.reflexengine.reference.ReferenceData;
import nl.reflexengine.reference.ReferenceDataLoader;
import nl.reflexengine.reference.ZwContract;
import nl.reflexengine.report.rules.Identifiers;
import nl.reflexengine.report.rules.RuleSettings;

/**
 * Synthetic Reflex v1 sick reports for the benchmark, made on demand from a seed and an index: message i
 * is the same on every run and nothing is held in memory, so 100,000 messages cost no heap. Employers,
 * contracts and branches come from the reference data, so the valid ones are accepted; a share is a test
 * message, and a share is invalid (a BSN failing the eleven test, or an impossible date).
 */
final class SyntheticReports {

    static final int TEST_PERCENT = 5;
    static final int BAD_BSN_PERCENT = 3;
    static final int SCHEMA_INVALID_PERCENT = 2;

    /** One ZW contract with its client and branches: what a message names as its employer. */
    record Registration(Client client, ZwContract contract, List<Branch> branches) {}

    /** A message, the outcome the engine should give it, and a registered sender of its client. */
    record Message(byte[] xml, Outcome expected, String sender) {}

    private static final LocalDate FIRST_DAYS_FROM = LocalDate.of(2026, 1, 5);
    private static final String[] SURNAMES = {
        "Jansen",
        "Vries",
        "Bakker",
        "Visser",
        "Smit",
        "Meijer",
        "Mulder",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "Dekker",
        "Brouwer",
        "Dijkstra",
        "Nowak",
        "Kowalski",
        "Yilmaz",
        "Kaya",
        "El Amrani",
        "Postma"
    };
    private static final String[] PREFIXES = {"de", "van", "van der", "van den", "ter"};
    private static final String[] FIRST_NAMES = {
        "Jeroen", "Sanne", "Piotr", "Anna", "Mehmet", "Fatima", "Thijs", "Lotte", "Bas", "Emma", "Daan", "Noor"
    };
    private static final String[] STREETS = {"Javastraat", "Oudegracht", "Europalaan", "Kanaalstraat", "Dorpsweg"};
    private static final String[] PLACES = {"Amsterdam", "Utrecht", "Rotterdam", "Groningen", "Eindhoven"};
    private static final String[] FUNCTIONS = {"Orderpicker", "Heftruckchauffeur", "Lasser", "Callcentermedewerker"};
    private static final String[] BANKS = {"ABNA", "INGB", "RABO", "KNAB", "ASNB", "TRIO"};
    /** Reasons, most of them ordinary sickness, with the cumulative share of each in percent. */
    private static final String[] REASONS = {
        "ZIEK_UITZENDKRACHT", "ZIEK_OPROEPKRACHT", "ZIEK_OVERIG_ART_4_5", "ZIEK_UIT_DIENST", "ZIEK_ZWANGERSCHAP",
        "ZIEK_BEVALLING", "ZIEK_ART_29B", "ZIEK_ORGAANDONATIE", "WAZO", "OVERLIJDEN"
    };

    private static final int[] REASON_CUMULATIVE_PERCENT = {50, 62, 70, 78, 83, 86, 89, 91, 98, 100};
    private static final String POSTCODE_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"; // no S: SA, SD and SS are not used

    private final List<Registration> registrations;
    private final long seed;

    SyntheticReports(ReferenceData data, long seed) {
        this(registrations(data), seed);
    }

    private SyntheticReports(List<Registration> registrations, long seed) {
        if (registrations.isEmpty()) {
            throw new IllegalArgumentException("the reference data has no contract with a client and a branch");
        }
        this.registrations = registrations;
        this.seed = seed;
    }

    /** The same employers, other messages: for a warm-up that must not repeat the measured messages. */
    SyntheticReports withSeed(long otherSeed) {
        return new SyntheticReports(registrations, otherSeed);
    }

    static SyntheticReports fromReferenceDirectory(Path directory, long seed) {
        return new SyntheticReports(new ReferenceDataLoader().load(directory), seed);
    }

    Message message(int index) {
        // one generator per message, mixed from seed and index: message i never depends on message i-1
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int roll = random.nextInt(100);
        boolean badBsn = roll < BAD_BSN_PERCENT;
        boolean badDate = !badBsn && roll < BAD_BSN_PERCENT + SCHEMA_INVALID_PERCENT;
        boolean test = random.nextInt(100) < TEST_PERCENT;
        Registration registration = registrations.get(random.nextInt(registrations.size()));
        String xml = new Writer(random, registration, seed, index, test, badBsn, badDate).ziekmelding();
        boolean invalid = badBsn || badDate;
        Outcome expected = test
                ? (invalid ? Outcome.TEST_REJECTED : Outcome.TEST_PASSED)
                : (invalid ? Outcome.REJECTED : Outcome.ACCEPTED);
        return new Message(
                xml.getBytes(StandardCharsets.UTF_8),
                expected,
                registration.client().senderAddresses().get(0));
    }

    private static List<Registration> registrations(ReferenceData data) {
        List<Registration> found = new ArrayList<>();
        for (ZwContract contract : data.contracts()) {
            Client client = data.clients().stream()
                    .filter(c -> c.id().equals(contract.clientId()))
                    .findFirst()
                    .orElse(null);
            List<Branch> branches = data.branches().stream()
                    .filter(b -> b.clientId().equals(contract.clientId()))
                    .toList();
            if (client != null
                    && !branches.isEmpty()
                    && !client.senderAddresses().isEmpty()) {
                found.add(new Registration(client, contract, branches));
            }
        }
        return List.copyOf(found);
    }

    /** A BSN that passes the eleven test, or, when asked, one that fails it by its last digit. */
    static String bsn(SplittableRandom random, boolean failing) {
        while (true) {
            int[] digits = new int[9];
            int sum = 0;
            digits[0] = 1 + random.nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    digits[i] = random.nextInt(10);
                }
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last == 10) {
                continue;
            }
            digits[8] = failing ? (last + 1) % 10 : last;
            StringBuilder bsn = new StringBuilder(9);
            for (int digit : digits) {
                bsn.append(digit);
            }
            String value = bsn.toString();
            if (Identifiers.passesElevenTest(value) != failing) {
                return value;
            }
        }
    }

    /** A Dutch IBAN with correct check digits (ISO 13616, mod 97). */
    static String iban(SplittableRandom random) {
        String bank = BANKS[random.nextInt(BANKS.length)];
        StringBuilder account = new StringBuilder(10);
        for (int i = 0; i < 10; i++) {
            account.append(random.nextInt(10));
        }
        String bban = bank + account;
        int remainder = 0;
        for (char c : (bban + "NL00").toCharArray()) {
            int value = Character.getNumericValue(c);
            remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
        }
        return "NL%02d%s".formatted(98 - remainder, bban);
    }

    /** Writes one Ziekmelding; the order of elements follows schemas/reflex/reflex-v1.xsd. */
    private static final class Writer {
        private final SplittableRandom random;
        private final Registration registration;
        private final long seed;
        private final int index;
        private final boolean test;
        private final boolean badBsn;
        private final boolean badDate;
        private final StringBuilder xml = new StringBuilder(4096);

        Writer(
                SplittableRandom random,
                Registration registration,
                long seed,
                int index,
                boolean test,
                boolean badBsn,
                boolean badDate) {
            this.random = random;
            this.seed = seed;
            this.registration = registration;
            this.index = index;
            this.test = test;
            this.badBsn = badBsn;
            this.badDate = badDate;
        }

        String ziekmelding() {
            Client client = registration.client();
            String reason = reason();
            LocalDate firstDay = FIRST_DAYS_FROM.plusDays(random.nextInt(320));
            LocalDate reported = firstDay.plusDays(random.nextInt(3));
            LocalDate lastWorkingDay = firstDay.minusDays(random.nextInt(4));
            boolean female = reason.equals("ZIEK_ZWANGERSCHAP")
                    || reason.equals("ZIEK_BEVALLING")
                    || (reason.equals("WAZO") && random.nextBoolean())
                    || random.nextInt(3) == 0;
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];

            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
            xml.append("<Ziekmelding xmlns=\"urn:reflex-engine:reflex:v1\">\n");
            open(1, "Bericht");
            element(2, "BerichtId", "BENCH-" + Long.toHexString(seed) + "-" + index);
            element(2, "Verloningssysteem", client.payrollSystem());
            if (random.nextInt(3) == 0) {
                element(2, "Afzender", client.name());
            }
            element(
                    2,
                    "AangemaaktOp",
                    reported + "T%02d:%02d:00+01:00".formatted(8 + random.nextInt(9), random.nextInt(60)));
            element(2, "Test", String.valueOf(test));
            close(1, "Bericht");

            open(1, "Werkgever");
            if (random.nextBoolean()) {
                element(2, "Klant", client.name());
            }
            element(2, "Loonheffingennummer", registration.contract().loonheffingennummer());
            element(2, "ZwContract", registration.contract().code());
            Branch branch = registration
                    .branches()
                    .get(random.nextInt(registration.branches().size()));
            element(2, "Vestigingscode", branch.vestigingscode());
            if (random.nextBoolean()) {
                element(2, "EmailBevestiging", client.senderAddresses().get(0));
            }
            close(1, "Werkgever");

            open(1, "Werknemer");
            element(2, "Bsn", bsn(random, badBsn));
            element(
                    2,
                    "Geboortedatum",
                    badDate
                            ? "1990-02-30"
                            : LocalDate.of(1960, 1, 1)
                                    .plusDays(random.nextInt(16_000))
                                    .toString());
            if (random.nextInt(10) < 7) {
                element(2, "Personeelsnummer", "P-" + (100_000 + random.nextInt(900_000)));
            }
            element(2, "Achternaam", surname);
            if (random.nextInt(5) == 0) {
                element(2, "Voorvoegsel", PREFIXES[random.nextInt(PREFIXES.length)]);
            }
            element(2, "Voorletters", firstName.charAt(0) + ".");
            if (random.nextInt(10) < 7) {
                element(2, "Voornaam", firstName);
            }
            element(2, "Geslacht", female ? "V" : random.nextInt(20) == 0 ? "O" : "M");
            if (random.nextInt(10) < 8) {
                element(2, "Iban", iban(random));
            }
            close(1, "Werknemer");

            if (random.nextInt(10) < 8) {
                contact(firstName, surname);
            }
            employment(reason, firstDay, lastWorkingDay);
            melding(reason, firstDay, reported, lastWorkingDay);
            if (reason.equals("WAZO")) {
                wazo(firstDay, lastWorkingDay);
            }
            if (reason.equals("OVERLIJDEN")) {
                open(1, "Overlijden");
                element(2, "Overlijdensdatum", firstDay.toString());
                element(2, "UrenGewerkt", "0");
                element(2, "UrenGeroosterd", "8");
                element(2, "Werkplicht", "true");
                close(1, "Overlijden");
            }
            if (registration.contract().employerSuppliesWages() || random.nextInt(100) < 15) {
                wages(firstDay);
            }
            xml.append("</Ziekmelding>\n");
            return xml.toString();
        }

        private String reason() {
            int roll = random.nextInt(100);
            for (int i = 0; i < REASONS.length; i++) {
                if (roll < REASON_CUMULATIVE_PERCENT[i]) {
                    return REASONS[i];
                }
            }
            return REASONS[REASONS.length - 1];
        }

        private void contact(String firstName, String surname) {
            open(1, "Contact");
            element(2, "Mobiel", "06-%08d".formatted(random.nextInt(100_000_000)));
            element(
                    2,
                    "Email",
                    (firstName + "." + surname).toLowerCase(Locale.ROOT).replace(' ', '-') + "@mail.example");
            open(2, "Woonadres");
            element(3, "Straat", STREETS[random.nextInt(STREETS.length)]);
            element(3, "Huisnummer", String.valueOf(1 + random.nextInt(300)));
            element(
                    3,
                    "Postcode",
                    (1000 + random.nextInt(9000)) + " "
                            + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length()))
                            + POSTCODE_LETTERS.charAt(random.nextInt(POSTCODE_LETTERS.length())));
            element(3, "Plaats", PLACES[random.nextInt(PLACES.length)]);
            element(3, "Landcode", "NL");
            close(2, "Woonadres");
            close(1, "Contact");
        }

        private void employment(String reason, LocalDate firstDay, LocalDate lastWorkingDay) {
            boolean onCall = reason.equals("ZIEK_OPROEPKRACHT");
            boolean outOfService = reason.equals("ZIEK_UIT_DIENST");
            // only some payroll systems may report an employment without uitzendbeding through Reflex
            boolean withoutUitzendbeding = !onCall
                    && !outOfService
                    && RuleSettings.DEFAULTS.mayReportWithoutUitzendbeding(
                            registration.client().payrollSystem())
                    && random.nextInt(10) == 0;
            LocalDate start = lastWorkingDay.minusDays(30 + random.nextInt(1500));
            open(1, "Dienstverband");
            element(
                    2,
                    "Aard",
                    onCall ? "OPROEPOVEREENKOMST" : withoutUitzendbeding ? "BEPAALDE_TIJD" : "UITZENDOVEREENKOMST");
            element(2, "Fase", onCall ? "NBBU_1" : withoutUitzendbeding ? "ABU_B" : "ABU_A");
            element(2, "Uitzendbeding", String.valueOf(!withoutUitzendbeding));
            element(2, "Functie", FUNCTIONS[random.nextInt(FUNCTIONS.length)]);
            element(2, "StartdatumEersteDienstverband", start.toString());
            if (outOfService) {
                element(2, "Einddatum", lastWorkingDay.toString());
            } else if (withoutUitzendbeding) {
                element(
                        2,
                        "Einddatum",
                        firstDay.plusDays(30 + random.nextInt(200)).toString());
            }
            close(1, "Dienstverband");
        }

        private void melding(String reason, LocalDate firstDay, LocalDate reported, LocalDate lastWorkingDay) {
            boolean working = !reason.equals("ZIEK_UIT_DIENST");
            int scheduled = working ? 4 + random.nextInt(7) : 0;
            open(1, "Melding");
            element(2, "Reden", reason);
            element(2, "EersteZiektedag", firstDay.toString());
            element(2, "DatumZiekgemeld", reported.toString());
            element(2, "Ongeval", String.valueOf(random.nextInt(20) == 0));
            element(2, "LaatsteWerkdag", lastWorkingDay.toString());
            element(
                    2,
                    "UrenGewerktEersteDag",
                    working && random.nextInt(4) == 0 ? (random.nextInt(scheduled) + ".25") : "0");
            element(2, "UrenGeroosterdEersteDag", String.valueOf(scheduled));
            element(2, "WerkplichtEersteDag", String.valueOf(working));
            if (working && random.nextBoolean()) {
                element(
                        2,
                        "VolgendeGeroosterdeWerkdag",
                        firstDay.plusDays(1 + random.nextInt(5)).toString());
                element(2, "GeroosterdVolgendeZaterdag", String.valueOf(random.nextInt(4) == 0));
                element(2, "GeroosterdVolgendeZondag", "false");
            }
            if (random.nextInt(10) < 3) {
                element(2, "Opmerking", "Werknemer heeft zich telefonisch ziek gemeld bij de intercedent.");
            }
            close(1, "Melding");
        }

        private void wazo(LocalDate firstDay, LocalDate lastWorkingDay) {
            int kind = random.nextInt(3);
            open(1, "Wazo");
            element(
                    2,
                    "Reden",
                    kind == 0
                            ? "ZWANGERSCHAPS_EN_BEVALLINGSVERLOF"
                            : kind == 1 ? "AANVULLEND_GEBOORTEVERLOF" : "BETAALD_OUDERSCHAPSVERLOF");
            element(2, "StartdatumVerlof", firstDay.toString());
            if (kind == 0) {
                element(
                        2,
                        "VermoedelijkeBevallingsdatum",
                        firstDay.plusDays(28 + random.nextInt(14)).toString());
            }
            element(2, "LaatsteWerkdag", lastWorkingDay.toString());
            if (kind == 1) {
                open(2, "AanvullendGeboorteverlof");
                element(3, "AantalWeken", String.valueOf(1 + random.nextInt(5)));
                element(3, "StartdatumVerlof", firstDay.toString());
                element(
                        3,
                        "GeboortedatumKind",
                        firstDay.minusDays(7 + random.nextInt(60)).toString());
                element(3, "GeboorteverlofOpgenomen", "true");
                element(3, "UwvBetaaltRechtstreeks", String.valueOf(random.nextBoolean()));
                close(2, "AanvullendGeboorteverlof");
            }
            close(1, "Wazo");
        }

        /** One to fourteen four-weekly wage periods ending before the first day. */
        private void wages(LocalDate firstDay) {
            int periods = 1 + random.nextInt(14);
            LocalDate begin = firstDay.minusDays(28L * periods + 7);
            int wage = 1800 + random.nextInt(1500);
            open(1, "Loongegevens");
            for (int p = 0; p < periods; p++) {
                open(2, "Aangifteperiode");
                element(3, "Begindatum", begin.toString());
                element(3, "Einddatum", begin.plusDays(27).toString());
                element(3, "SvLoon", (wage + p * 13) + "." + (10 + random.nextInt(90)));
                element(3, "VakantiegeldBetaald", "0.00");
                if (random.nextBoolean()) {
                    element(3, "VakantiegeldRecht", (wage * 8 / 100) + ".00");
                    element(3, "SvDagen", "20");
                    element(3, "UrenBetaald", "152.00");
                }
                close(2, "Aangifteperiode");
                begin = begin.plusDays(28);
            }
            close(1, "Loongegevens");
        }

        private void open(int depth, String name) {
            indent(depth);
            xml.append('<').append(name).append(">\n");
        }

        private void close(int depth, String name) {
            indent(depth);
            xml.append("</").append(name).append(">\n");
        }

        private void element(int depth, String name, String value) {
            indent(depth);
            xml.append('<').append(name).append('>');
            escape(value);
            xml.append("</").append(name).append(">\n");
        }

        private void indent(int depth) {
            xml.append("    ".repeat(depth));
        }

        private void escape(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '&' -> xml.append("&amp;");
                    case '<' -> xml.append("&lt;");
                    case '>' -> xml.append("&gt;");
                    default -> xml.append(c);
                }
            }
        }
    }
}
