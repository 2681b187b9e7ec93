package nl.reflexengine.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDataLoaderTest {

    private static final Path SAMPLES = Path.of("samples/reference");
    private static final List<String> FILES = List.of("clients.csv", "contracts.csv", "branches.csv");

    private final ReferenceDataLoader loader = new ReferenceDataLoader();

    @TempDir
    Path dir;

    @BeforeEach
    void copySamples() throws IOException {
        for (String file : FILES) {
            Files.copy(SAMPLES.resolve(file), dir.resolve(file));
        }
    }

    @Test
    void loadsTheSampleReferenceData() {
        ReferenceData data = loader.load(SAMPLES);

        assertThat(data.clients()).extracting(Client::id).containsExactly("C-ZONNIG", "C-DELTA", "C-NOORD");
        assertThat(data.contracts())
                .extracting(ZwContract::code)
                .containsExactly("ZW-ZON-2026", "ZW-DELTA-2026", "ZW-DELTA-B-2026", "ZW-NOORD-2026");
        assertThat(data.branches())
                .extracting(Branch::vestigingscode)
                .containsExactly("ZON-AMS", "ZON-RTD", "DLT-UTR", "DLT-EHV", "NRD-GRN");
    }

    @Test
    void readsAllFieldsOfAClient() {
        Client delta = client(loader.load(SAMPLES), "C-DELTA");

        assertThat(delta.name()).isEqualTo("Delta Flex Personeelsdiensten B.V.");
        assertThat(delta.loonheffingennummers()).containsExactly("822222224L01", "822222224L02");
        assertThat(delta.sector()).isEqualTo("52");
        assertThat(delta.riskPremiumGroup()).isEqualTo("2");
        assertThat(delta.contractGroup()).isEqualTo("UITZEND");
        assertThat(delta.serviceOption()).isEqualTo("VOLLEDIG");
        assertThat(delta.frameworkContractName()).isEqualTo("Raamcontract Uitzendbranche");
        assertThat(delta.frameworkContractCode()).isEqualTo("RC-UB-01");
        assertThat(delta.senderAddresses()).containsExactly("payroll@deltaflex.example");
        assertThat(delta.processManagerEmail()).isEqualTo("pm.delta@verzuimbeheer.example");
        assertThat(delta.payrollSystem()).isEqualTo("UBplus");
    }

    @Test
    void readsBooleansAndYearOfAContract() {
        ReferenceData data = loader.load(SAMPLES);
        ZwContract delta = contract(data, "ZW-DELTA-2026");
        ZwContract deltaB = contract(data, "ZW-DELTA-B-2026");

        assertThat(delta.clientId()).isEqualTo("C-DELTA");
        assertThat(delta.year()).isEqualTo(2026);
        assertThat(delta.loonheffingennummer()).isEqualTo("822222224L01");
        assertThat(delta.guidanceDuringEmployment()).isTrue();
        assertThat(delta.employerSuppliesWages()).isTrue();
        assertThat(deltaB.guidanceDuringEmployment()).isFalse();
        assertThat(deltaB.employerSuppliesWages()).isFalse();
    }

    @Test
    void readsABranch() {
        Branch rotterdam = loader.load(SAMPLES).branches().stream()
                .filter(b -> b.vestigingscode().equals("ZON-RTD"))
                .findFirst()
                .orElseThrow();

        assertThat(rotterdam)
                .isEqualTo(new Branch(
                        "C-ZONNIG",
                        "ZON-RTD",
                        "Zonnig Rotterdam",
                        "Mehmet Yilmaz",
                        "010-5550202",
                        "rotterdam@zonnig-uitzendwerk.example"));
    }

    @Test
    void lowerCasesSenderAddresses() throws IOException {
        edit("clients.csv", 2, "salaris@zonnig-uitzendwerk.example", "Salaris@Zonnig-Uitzendwerk.EXAMPLE");

        Client zonnig = client(loader.load(dir), "C-ZONNIG");

        assertThat(zonnig.senderAddresses())
                .containsExactly("salaris@zonnig-uitzendwerk.example", "reflex@easyflex.example");
    }

    @Test
    void leavesEmptyOptionalValuesNull() throws IOException {
        edit("branches.csv", 2, "Sanne de Vries,020-5550101", ",");

        Branch amsterdam = loader.load(dir).branches().get(0);

        assertThat(amsterdam.contactPerson()).isNull();
        assertThat(amsterdam.phone()).isNull();
    }

    @Test
    void rejectsAMissingDirectory() {
        assertThatExceptionOfType(ReferenceDataException.class)
                .isThrownBy(() -> loader.load(dir.resolve("nowhere")))
                .withMessageContaining("nowhere")
                .withMessageContaining("does not exist");
    }

    @Test
    void rejectsAMissingFile() throws IOException {
        Files.delete(dir.resolve("contracts.csv"));

        loadFails().withMessageStartingWith("contracts.csv is missing");
    }

    @Test
    void rejectsAWrongHeader() throws IOException {
        edit("branches.csv", 1, "feedback_email", "email");

        loadFails()
                .withMessageStartingWith("branches.csv line 1:")
                .withMessageContaining("client_id,vestigingscode,name,contact_person,phone,feedback_email")
                .withMessageContaining("client_id,vestigingscode,name,contact_person,phone,email");
    }

    @Test
    void rejectsAHeaderWithColumnsInAnotherOrder() throws IOException {
        edit("branches.csv", 1, "contact_person,phone", "phone,contact_person");

        loadFails().withMessageStartingWith("branches.csv line 1:");
    }

    @Test
    void rejectsARowWithTooFewValues() throws IOException {
        edit("contracts.csv", 3, ",true,true", ",true");

        loadFails().withMessage("contracts.csv line 3: expected 8 values, found 7");
    }

    @Test
    void rejectsARowWithTooManyValues() throws IOException {
        edit("contracts.csv", 4, ",false,false", ",false,false,extra");

        loadFails().withMessage("contracts.csv line 4: expected 8 values, found 9");
    }

    @Test
    void rejectsABadLoonheffingennummerNamingFileLineColumnAndValue() throws IOException {
        edit("clients.csv", 3, "822222224L02", "82222222L02");

        loadFails()
                .withMessageStartingWith("clients.csv line 3, column loonheffingennummers:")
                .withMessageContaining("'82222222L02'");
    }

    @Test
    void rejectsABadLoonheffingennummerInAContract() throws IOException {
        edit("contracts.csv", 5, "833333336L01", "833333336-01");

        loadFails()
                .withMessageStartingWith("contracts.csv line 5, column loonheffingennummer:")
                .withMessageContaining("'833333336-01'");
    }

    @Test
    void rejectsABadBoolean() throws IOException {
        edit("contracts.csv", 4, ",false,false", ",false,nee");

        loadFails()
                .withMessageStartingWith("contracts.csv line 4, column employer_supplies_wages:")
                .withMessageContaining("'nee' is not true or false");
    }

    @Test
    void rejectsANonNumericYear() throws IOException {
        edit("contracts.csv", 2, ",2026,", ",2026a,");

        loadFails()
                .withMessageStartingWith("contracts.csv line 2, column year:")
                .withMessageContaining("'2026a' is not a whole number");
    }

    @Test
    void rejectsADuplicateClientId() throws IOException {
        append(
                "clients.csv",
                "C-NOORD,Noorderlicht Twee B.V.,844444448L01,52,1,PAYROLL,BASIS,Raamcontract Payroll,RC-PR-02,"
                        + "hr@noorderlicht-twee.example,pm.noord@verzuimbeheer.example,Loket");

        loadFails()
                .withMessageStartingWith("clients.csv line 5, column client_id:")
                .withMessageContaining("client C-NOORD appears twice");
    }

    @Test
    void rejectsALoonheffingennummerOwnedByTwoClients() throws IOException {
        edit("clients.csv", 4, "833333336L01", "811111112L01");

        loadFails()
                .withMessageStartingWith("clients.csv line 4, column loonheffingennummers:")
                .withMessageContaining("811111112L01 already belongs to client C-ZONNIG");
    }

    @Test
    void rejectsASenderAddressRegisteredForTwoClientsWhateverItsCase() throws IOException {
        edit("clients.csv", 4, "hr@noorderlicht-payroll.example", "REFLEX@Easyflex.example");

        loadFails()
                .withMessageStartingWith("clients.csv line 4, column sender_addresses:")
                .withMessageContaining("reflex@easyflex.example already belongs to client C-ZONNIG");
    }

    @Test
    void rejectsAContractForAnUnknownClient() throws IOException {
        edit("contracts.csv", 5, "C-NOORD", "C-ZUID");

        loadFails()
                .withMessageStartingWith("contracts.csv line 5, column client_id:")
                .withMessageContaining("client C-ZUID is not in clients.csv");
    }

    @Test
    void rejectsAContractWhoseLoonheffingennummerIsNotOneOfItsClients() throws IOException {
        edit("contracts.csv", 3, "822222224L01", "811111112L01");

        loadFails()
                .withMessageStartingWith("contracts.csv line 3, column loonheffingennummer:")
                .withMessageContaining("811111112L01 is not a loonheffingennummer of client C-DELTA");
    }

    @Test
    void rejectsADuplicateContractCode() throws IOException {
        edit("contracts.csv", 4, "ZW-DELTA-B-2026", "ZW-DELTA-2026");

        loadFails()
                .withMessageStartingWith("contracts.csv line 4, column contract_code:")
                .withMessageContaining("contract ZW-DELTA-2026 appears twice");
    }

    @Test
    void rejectsABranchForAnUnknownClient() throws IOException {
        edit("branches.csv", 6, "C-NOORD", "C-ZUID");

        loadFails()
                .withMessageStartingWith("branches.csv line 6, column client_id:")
                .withMessageContaining("client C-ZUID is not in clients.csv");
    }

    @Test
    void rejectsADuplicateVestigingscodeForOneClient() throws IOException {
        edit("branches.csv", 3, "ZON-RTD", "ZON-AMS");

        loadFails()
                .withMessageStartingWith("branches.csv line 3, column vestigingscode:")
                .withMessageContaining("vestigingscode ZON-AMS appears twice for client C-ZONNIG");
    }

    @Test
    void acceptsTheSameVestigingscodeForTwoDifferentClients() throws IOException {
        edit("branches.csv", 6, "NRD-GRN", "ZON-AMS");

        ReferenceData data = loader.load(dir);

        assertThat(data.branches())
                .filteredOn(b -> b.vestigingscode().equals("ZON-AMS"))
                .extracting(Branch::clientId)
                .containsExactly("C-ZONNIG", "C-NOORD");
    }

    @Test
    void rejectsAnEmptyRequiredValue() throws IOException {
        edit("branches.csv", 4, ",Delta Flex Utrecht,", ",,");

        loadFails().withMessage("branches.csv line 4, column name: a value is required");
    }

    @Test
    void rejectsARequiredValueOfOnlySpaces() throws IOException {
        edit("clients.csv", 2, ",Easyflex", ",   ");

        loadFails().withMessage("clients.csv line 2, column payroll_system: a value is required");
    }

    @Test
    void rejectsAListOfOnlySeparators() throws IOException {
        edit("clients.csv", 3, "822222224L01;822222224L02", " ; ");

        loadFails().withMessage("clients.csv line 3, column loonheffingennummers: a value is required");
    }

    @Test
    void rejectsABadEmailAddress() throws IOException {
        edit("clients.csv", 2, "pm.zonnig@verzuimbeheer.example", "pm.zonnig.verzuimbeheer.example");

        loadFails()
                .withMessageStartingWith("clients.csv line 2, column process_manager_email:")
                .withMessageContaining("'pm.zonnig.verzuimbeheer.example' is not an e-mail address");
    }

    @Test
    void rejectsABadFeedbackEmailAddress() throws IOException {
        edit("branches.csv", 5, "eindhoven@deltaflex.example", "eindhoven@deltaflex");

        loadFails()
                .withMessageStartingWith("branches.csv line 5, column feedback_email:")
                .withMessageContaining("'eindhoven@deltaflex'");
    }

    @Test
    void ignoresCommentLinesAndBlankLines() throws IOException {
        insertBefore("clients.csv", 2, "# klanten van het verzuimbureau");
        insertBefore("clients.csv", 4, "");
        insertBefore("clients.csv", 5, "# Delta heeft twee loonheffingennummers");
        append("clients.csv", "");
        append("clients.csv", "# einde");
        insertBefore("branches.csv", 4, "");
        insertBefore("branches.csv", 4, "# Delta");

        ReferenceData data = loader.load(dir);

        assertThat(data.clients()).extracting(Client::id).containsExactly("C-ZONNIG", "C-DELTA", "C-NOORD");
        assertThat(data.branches()).hasSize(5);
    }

    @Test
    void readsAFileSavedWithAByteOrderMark() throws IOException {
        Files.writeString(dir.resolve("clients.csv"), "\uFEFF" + Files.readString(dir.resolve("clients.csv")));

        assertThat(loader.load(dir).clients()).hasSize(3);
    }

    @Test
    void ignoresLinesOfSpacesOnly() throws IOException {
        insertBefore("clients.csv", 3, "   ");

        assertThat(loader.load(dir).clients()).hasSize(3);
    }

    @Test
    void countsCommentAndBlankLinesInTheLineNumber() throws IOException {
        insertBefore("contracts.csv", 2, "# contracten 2026");
        insertBefore("contracts.csv", 3, "");
        // the broken row, originally line 3, is now line 5
        edit("contracts.csv", 5, ",2026,", ",twintig,");

        loadFails().withMessageStartingWith("contracts.csv line 5, column year:");
    }

    @Test
    void countsCommentAndBlankLinesInTheLineNumberOfAnIncompleteRow() throws IOException {
        insertBefore("branches.csv", 2, "");
        insertBefore("branches.csv", 2, "# vestigingen");
        // the incomplete row, originally line 4, is now line 6
        edit("branches.csv", 6, ",Delta Flex Utrecht,", ",");

        loadFails().withMessage("branches.csv line 6: expected 6 values, found 5");
    }

    @Test
    void reportsTheLineOfALastRowWithoutTrailingNewline() throws IOException {
        edit("clients.csv", 4, "833333336L01", "83333333L01");
        Path clients = dir.resolve("clients.csv");
        Files.writeString(clients, Files.readString(clients).stripTrailing());

        loadFails().withMessageStartingWith("clients.csv line 4, column loonheffingennummers:");
    }

    @Test
    void reportsTheLineOfAnIncompleteLastRowWithoutTrailingNewline() throws IOException {
        edit("contracts.csv", 5, ",true,false", ",true");
        Path contracts = dir.resolve("contracts.csv");
        Files.writeString(contracts, Files.readString(contracts).stripTrailing());

        loadFails().withMessage("contracts.csv line 5: expected 8 values, found 7");
    }

    @Test
    void reportsTheLineInAFileWithWindowsLineEndings() throws IOException {
        edit("contracts.csv", 4, ",false,false", ",false,misschien");
        Path contracts = dir.resolve("contracts.csv");
        Files.writeString(contracts, Files.readString(contracts).replace("\n", "\r\n"));

        loadFails().withMessageStartingWith("contracts.csv line 4, column employer_supplies_wages:");
    }

    @Test
    void countsTheLinesOfAQuotedValueSpanningTwoLines() throws IOException {
        edit("branches.csv", 2, "Zonnig Amsterdam", "\"Zonnig\nAmsterdam\"");
        // the branch on line 3 is now on line 4
        edit("branches.csv", 4, "rotterdam@zonnig-uitzendwerk.example", "rotterdam");

        loadFails().withMessageStartingWith("branches.csv line 4, column feedback_email:");
    }

    private ThrowableAssertAlternative<ReferenceDataException> loadFails() {
        return assertThatExceptionOfType(ReferenceDataException.class).isThrownBy(() -> loader.load(dir));
    }

    private static Client client(ReferenceData data, String id) {
        return data.clients().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static ZwContract contract(ReferenceData data, String code) {
        return data.contracts().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow();
    }

    /** Replaces {@code from} by {@code to} on one line (1-based, the header is line 1) of a copied file. */
    private void edit(String file, int line, String from, String to) throws IOException {
        List<String> lines = lines(file);
        String original = lines.get(line - 1);
        assertThat(original).as("line %d of %s", line, file).contains(from);
        lines.set(line - 1, original.replace(from, to));
        write(file, lines);
    }

    private void insertBefore(String file, int line, String text) throws IOException {
        List<String> lines = lines(file);
        lines.add(line - 1, text);
        write(file, lines);
    }

    private void append(String file, String text) throws IOException {
        List<String> lines = lines(file);
        lines.add(text);
        write(file, lines);
    }

    private List<String> lines(String file) throws IOException {
        return new ArrayList<>(Files.readAllLines(dir.resolve(file), StandardCharsets.UTF_8));
    }

    private void write(String file, List<String> lines) throws IOException {
        Files.writeString(dir.resolve(file), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
