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
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The console in a real browser, as its users meet it: a case manager who logs in, finds a claim by the
 * employee's surname and marks an action point done; someone who mistypes the password; a Zonnig user who
 * opens the address of another client's claim. The claims come in through the pipeline, as the payroll
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

        // the list by what a user sees, its table; not by the id of the element that holds it, as the search's
        // htmx swap puts the new #results inside the old one (then two elements have that id)
        Locator claims = page.getByRole(AriaRole.TABLE);
        assertThat(claims).containsText(visser); // before the search: all of the client's claims
        page.getByLabel("Achternaam").fill("bakker");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken"))
                .click();
        assertThat(claims).not().containsText(visser);
        assertThat(claims).containsText("J.P. Bakker");
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
                .filteredOn(error -> !error.contains("/favicon.ico")) // the console has none: a 403, reported
                .isEmpty();
    }

    @Test
    void aWrongPasswordKeepsTheUserOnTheLoginPageWithTheDutchError(Page page) {
        user("cm-typo");

        logIn(page, "cm-typo", "een lang wachtwoorf");

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
        logIn(page, "cm-zonnig", PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Welkom");

        Response response = page.navigate("/claims/" + delta);

        assertThat(response.status())
                .as("HTTP status of a claim of a client not granted")
                .isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING)).hasText("Niet gevonden");
        assertThat(page.locator("main")).not().containsText(delta);
        assertThat(page.locator("main")).not().containsText("Kuiper"); // the Delta sample's employee
    }

    /** Types the name and password into the login page and presses its button, as a person does. */
    private static void logIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
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
