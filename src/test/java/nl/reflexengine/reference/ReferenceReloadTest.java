package nl.reflexengine.reference;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.reflexengine.TestBsns;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.console.ConsoleUser;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestMessages;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.Role;
import nl.reflexengine.violation.ViolationCode;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Reference data reloaded without a restart: from the console, from the CSV folder; and by another instance
 * (or a command), which this engine follows from the database. Unusable files change nothing anywhere.
 */
@EngineTest
@AutoConfigureMockMvc
class ReferenceReloadTest {

    /** A copy of the samples' reference data that this test may change. */
    static final Path FOLDER = copyOfTheSamples();

    @DynamicPropertySource
    static void ownReferenceFolder(DynamicPropertyRegistry registry) {
        registry.add("reflex.reference.directory", FOLDER::toString);
        registry.add("reflex.reference.follow-period-ms", () -> "200");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:reference-reload;DB_CLOSE_DELAY=-1");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    ProducerTemplate template;

    @Autowired
    AccountStore accounts;

    @Autowired
    ReferenceCatalog catalog;

    @Autowired
    ReferenceDataStore store;

    @Test
    void aBranchAddedToTheFilesCountsOnceAnOperatorReloadsWithoutARestart() throws Exception {
        String utrecht = "<Vestigingscode>ZON-UTR<";
        Submission before = ingest(TestMessages.sickReport("REF-1", TestBsns.from(123_490_000), LocalDate.now())
                .replace("<Vestigingscode>ZON-AMS<", utrecht));
        assertThat(before.violations()).extracting(v -> v.code()).contains(ViolationCode.UNKNOWN_VESTIGINGSCODE);
        long version = catalog.version();

        append(
                "branches.csv",
                "C-ZONNIG,ZON-UTR,Zonnig Utrecht,Anna Jansen,030-5550303,utrecht@zonnig-uitzendwerk.example");
        MockHttpServletResponse reloaded = mvc.perform(
                        post("/reference/reload").with(operator()).with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(reloaded.getRedirectedUrl()).isEqualTo("/reference");
        assertThat(reloaded.getStatus()).isEqualTo(302);
        assertThat(catalog.version()).isEqualTo(version + 1).isEqualTo(store.version());
        Submission after = ingest(TestMessages.sickReport("REF-2", TestBsns.from(123_500_000), LocalDate.now())
                .replace("<Vestigingscode>ZON-AMS<", utrecht));
        assertThat(after.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(mvc.perform(get("/reference").with(operator()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(UTF_8))
                .contains("ZON-UTR")
                .contains("Versie <strong>" + catalog.version() + "</strong>");
    }

    @Test
    void whatAnotherInstanceReloadedIsTakenFromTheDatabase() {
        ReferenceData mine = catalog.data();
        List<Branch> branches = new ArrayList<>(mine.branches());
        branches.add(new Branch("C-DELTA", "DLT-NEW", "Delta Nieuw", "Piet", "040-5550404", "nieuw@deltaflex.example"));
        long theirs =
                store.replaceAll(new ReferenceData(mine.clients(), mine.contracts(), branches), "another instance");

        await().atMost(Duration.ofSeconds(10)).until(() -> catalog.version() == theirs);
        assertThat(catalog.branch("C-DELTA", "DLT-NEW")).isPresent();
        assertThat(catalog.clientByLoonheffingennummer("811111112L01"))
                .map(Client::id)
                .hasValue("C-ZONNIG");
    }

    @Test
    void unusableFilesAreRefusedAndTheDataInUseStays() throws Exception {
        long version = catalog.version();
        Path contracts = FOLDER.resolve("contracts.csv");
        String good = Files.readString(contracts, UTF_8);
        Files.writeString(contracts, good + "ZW-BROKEN,C-ONBEKEND,twintig,811111112L01,52,1,true,false\n", UTF_8);
        try {
            var refused = mvc.perform(post("/reference/reload").with(operator()).with(csrf()))
                    .andReturn();

            assertThat(refused.getFlashMap().get("problem")).asString().contains("niet geladen");
            assertThat(catalog.version()).isEqualTo(version);
            assertThat(store.version()).isEqualTo(version);
        } finally {
            Files.writeString(contracts, good, UTF_8);
        }
    }

    private RequestPostProcessor operator() {
        if (accounts.find("ref-operator").isEmpty()) {
            accounts.add("ref-operator", Role.OPERATOR, List.of(new ClientGrant("C-ZONNIG", "")), "{noop}x", null);
        }
        return user(new ConsoleUser(accounts.find("ref-operator").orElseThrow(), LocalDate.now()));
    }

    private Submission ingest(String xml) {
        var inbound =
                InboundMessage.file(xml.getBytes(UTF_8), Channel.REPLAY, "ref-" + xml.hashCode(), Instant.now(), false);
        return template.requestBody("direct:ingest", inbound, Submission.class);
    }

    private static void append(String file, String line) throws IOException {
        Files.writeString(FOLDER.resolve(file), line + "\n", UTF_8, StandardOpenOption.APPEND);
    }

    private static Path copyOfTheSamples() {
        try {
            Path folder = Files.createTempDirectory("reference-reload");
            try (Stream<Path> files = Files.list(Path.of("samples/reference"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, folder.resolve(file.getFileName()));
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
