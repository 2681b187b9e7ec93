package nl.reflexengine.console.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.reflexengine.TestBsns;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.TestMessages;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.Role;
import nl.reflexengine.users.TotpCodes;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The console in a real browser, as its users meet it: a case manager who logs in with a second factor,
 * finds a claim by the employee's surname and marks an action point done; someone who mistypes the
 * password; a Zonnig user who opens the address of another client's claim; a process manager who uploads a
 * test reflex; an operator who reprocesses a rejection. The claims come in through the pipeline, as the payroll
 * systems' messages; the users are in the database, with hashed passwords.
 */
@BrowserTest
class ConsoleBrowserTest {

    static final String PASSWORD = "een lang wachtwoord";

    @Autowired
    ProducerTemplate template;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCaseManagerFindsAClaimSeesTheBsnMaskedAndMarksAnActionPointDoneInPlace(Page page, Chromium.Errors errors)
            throws Exception {
        String bsn = TestBsns.from(123_470_000);
        LocalDate firstDay = LocalDate.now().minusDays(1);
        String bakker = ingest(TestMessages.sickReport("BROWSER-1", bsn, firstDay)); // J.P. Bakker, as the sample
        String visser = ingest(TestMessages.sickReport("BROWSER-2", TestBsns.from(123_480_000), firstDay)
                .replace("<Achternaam>Bakker<", "<Achternaam>Visser<"));
        user("cm-browser");

        logIn(page, "cm-browser", PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Welkom");
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Claims"))
                .click();

        Locator claims = page.getByRole(AriaRole.TABLE);
        assertThat(claims).containsText(visser); // before the search: all of the client's claims
        page.getByLabel("Achternaam").fill("bakker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(claims).not().containsText(visser);
        assertThat(claims).containsText("J.P. Bakker");
        assertThat(page.locator("#results")).hasCount(1); // the search swaps its results, never nests them
        assertThat(page.content().contains(bsn))
                .as("the full BSN is nowhere in the list's HTML")
                .isFalse();

        claims.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(bakker))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Claim " + bakker);
        assertThat(page.locator(".facts")).containsText("*****" + bsn.substring(5));
        assertThat(page.content().contains(bsn))
                .as("the full BSN is nowhere in the claim page's HTML")
                .isFalse();

        long point = firstOpenActionPoint(bakker);
        Locator row = page.locator("#point-" + point);
        assertThat(row).not().containsText("door ");
        page.evaluate("window.stillTheSamePage = true"); // a reload or another page would forget it
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afgerond"))
                .click();

        assertThat(row).containsText("door cm-browser");
        assertThat(row.getByRole(AriaRole.BUTTON)).hasCount(0);
        assertThat(page.evaluate("window.stillTheSamePage"))
                .as("htmx swapped the row in place; the page was not reloaded")
                .isEqualTo(true);
        assertThat(jdbc.queryForObject("select done_by from action_point where id = ?", String.class, point))
                .isEqualTo("cm-browser");
        assertThat(errors.messages())
                .as("the browser console has no errors (what the CSP blocks would be one)")
                .isEmpty();
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithTheDutchError(Page page) {
        user("cm-typo");

        typePassword(page, "cm-typo", "een lang wachtwoorf");

        assertThat(page).hasURL(Pattern.compile("/login\\?fout$"));
        assertThat(page.getByRole(AriaRole.ALERT))
                .containsText("Inloggen is niet gelukt. Controleer uw gebruikersnaam en wachtwoord.");
        page.navigate("/");
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void aZonnigUserWhoOpensADeltaClaimGetsTheNotFoundPage(Page page) throws Exception {
        String delta =
                ingest(Files.readString(Path.of("samples/reflex/valid/fase-b-zonder-uitzendbeding-ubplus.xml"), UTF_8));
        user("cm-zonnig");
        String secret = TotpCodes.newSecret();
        accounts.enrolTotp("cm-zonnig", secret, 0); // enrolled before: this login asks the app's code
        typePassword(page, "cm-zonnig", PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/login/code$"));
        codeField(page).fill(TotpCodes.codeAt(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Welkom");

        Response response = page.navigate("/claims/" + delta);

        assertThat(response.status())
                .as("HTTP status of a claim of a client not granted")
                .isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Niet gevonden");
        assertThat(page.locator("main")).not().containsText(delta);
        assertThat(page.locator("main")).not().containsText("Kuiper"); // the Delta sample's employee
    }

    @Test
    void aProcessManagerUploadsATestReflexAndSeesItsVerdictInPlace(Page page) throws Exception {
        accounts.add(
                "pm-browser",
                Role.PROCESS_MANAGER,
                List.of(new ClientGrant("C-ZONNIG", "")),
                passwords.encode(PASSWORD),
                null);
        logIn(page, "pm-browser", PASSWORD);
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Testreflex"))
                .click();

        page.evaluate("window.stillTheSamePage = true");
        page.getByLabel("Bestand").setInputFiles(Path.of("samples/reflex/test/test-verplicht-veld-ontbreekt.xml"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Testen"))
                .click();

        Locator verdict = page.locator("#verdict");
        assertThat(verdict).containsText("test-verplicht-veld-ontbreekt.xml: afgekeurd");
        assertThat(verdict).containsText("SCHEMA_STRUCTURE");
        assertThat(page.evaluate("window.stillTheSamePage"))
                .as("the verdict came in place, in the same page")
                .isEqualTo(true);

        page.getByLabel("Bestand").setInputFiles(Path.of("samples/reflex/test/test-zonnig-geslaagd.xml"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Testen"))
                .click();
        assertThat(verdict).containsText("test-zonnig-geslaagd.xml: goedgekeurd");
    }

    @Test
    void anOperatorReprocessesARejectionFromTheRejectionsPage(Page page) throws Exception {
        String rejectedXml = TestMessages.sickReport("BROWSER-3", "123456789", LocalDate.now()); // BSN fails
        var inbound = InboundMessage.file(
                rejectedXml.getBytes(UTF_8), Channel.REPLAY, "browser-rejected", Instant.now(), false);
        long rejected =
                template.requestBody("direct:ingest", inbound, Submission.class).auditId();
        accounts.add(
                "op-browser",
                Role.OPERATOR,
                List.of(new ClientGrant("C-ZONNIG", "")),
                passwords.encode(PASSWORD),
                null);
        logIn(page, "op-browser", PASSWORD);
        page.getByRole(AriaRole.NAVIGATION)
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Afwijzingen"))
                .click();

        Locator row = page.getByRole(AriaRole.ROW)
                .filter(new Locator.FilterOptions().setHasText("BSN_ELEVEN_TEST"))
                .filter(new Locator.FilterOptions()
                        .setHas(page.getByRole(
                                AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opnieuw verwerken"))));
        assertThat(row).hasCount(1);
        row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Opnieuw verwerken"))
                .click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Bericht " + rejected + " is opnieuw verwerkt");
        Long again = jdbc.queryForObject("select reprocessed_as from audit_message where id = ?", Long.class, rejected);
        assertThat(page.locator("main")).containsText("als bericht " + again);
        assertThat(page.locator("main")).containsText("herverwerking van bericht " + rejected);
    }

    /** Types the name and password into the login page and presses its button, as a person does. */
    private static void typePassword(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
    }

    /** The field for the app's code (the QR code's own label names a "code" too). */
    private static Locator codeField(Page page) {
        return page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true));
    }

    /**
     * Logs in as a person does at their first login: name and password, then enrols the second factor by
     * reading the key the page shows (as an app scans it) and typing the app's code.
     */
    private static void logIn(Page page, String username, String password) {
        typePassword(page, username, password);
        assertThat(page).hasURL(Pattern.compile("/login/enrol$"));
        assertThat(page.locator(".qr svg")).isVisible();
        String secret = page.locator("code.secret").textContent().replace(" ", "");
        codeField(page).fill(TotpCodes.codeAt(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen en inloggen"))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welkom");
    }

    /** A case manager of Zonnig (all its vestigingen), with {@link #PASSWORD}. */
    private void user(String name) {
        accounts.add(
                name, Role.CASE_MANAGER, List.of(new ClientGrant("C-ZONNIG", "")), passwords.encode(PASSWORD), null);
    }

    /** Through the whole pipeline, as a replayed file (from a test method: Camel starts with each test). */
    private String ingest(String xml) {
        var inbound = InboundMessage.file(
                xml.getBytes(UTF_8), Channel.REPLAY, "browser-" + xml.hashCode(), Instant.now(), false);
        Submission submission = template.requestBody("direct:ingest", inbound, Submission.class);
        assertThat(submission.outcome()).isEqualTo(Outcome.ACCEPTED);
        return submission.claimNumber();
    }

    private long firstOpenActionPoint(String claimNumber) {
        return jdbc.queryForObject(
                "select min(a.id) from action_point a join claim c on c.id = a.claim_id"
                        + " where c.claim_number = ? and a.status = 'OPEN'",
                Long.class,
                claimNumber);
    }
}
