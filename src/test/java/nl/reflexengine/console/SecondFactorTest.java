package nl.reflexengine.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.users.Account;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.Role;
import nl.reflexengine.users.TotpCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The second factor, as production asks it: enrolment at the first login (scan, confirm with a code), then
 * a code at every login; until then no page opens; a wrong code counts as a failed login; a code works once.
 */
@EngineTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "reflex.console.second-factor-required=true")
class SecondFactorTest {

    static final String PASSWORD = "een lang wachtwoord";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void aFirstLoginEnrolsAnAppAndNoPageOpensBeforeTheCodeIsRight() throws Exception {
        user("totp-new");

        MockHttpSession session = password("totp-new");
        assertThat(status(get("/claims"), session)).isEqualTo(302);
        assertThat(mvc.perform(get("/claims").session(session))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login/enrol");

        String enrolPage = page(get("/login/enrol"), session);
        assertThat(enrolPage).contains("<svg").contains("Tweede stap instellen");
        String secret = secretOn(enrolPage);

        MockHttpServletResponse wrong = mvc.perform(post("/login/enrol")
                        .param("code", "000000")
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(wrong.getContentAsString(UTF_8)).contains("klopt niet");
        assertThat(accounts.totpSecret("totp-new")).isNull();

        MockHttpServletResponse enrolled = mvc.perform(post("/login/enrol")
                        .param("code", TotpCodes.codeAt(secret, Instant.now()))
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(enrolled.getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.totpSecret("totp-new")).isEqualTo(secret);
        assertThat(status(get("/claims"), session)).isEqualTo(200);
        assertThat(accounts.find("totp-new").orElseThrow().failedLogins()).isZero();
    }

    @Test
    void anEnrolledUserTypesTheCodeAndACodeWorksOnce() throws Exception {
        user("totp-code");
        String secret = TotpCodes.newSecret();
        accounts.enrolTotp("totp-code", secret, 0);

        MockHttpSession first = password("totp-code");
        assertThat(mvc.perform(get("/").session(first))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login/code");
        String code = TotpCodes.codeAt(secret, Instant.now());
        assertThat(mvc.perform(post("/login/code")
                                .param("code", code)
                                .session(first)
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/");
        assertThat(status(get("/claims"), first)).isEqualTo(200);

        MockHttpSession second = password("totp-code");
        assertThat(page(post("/login/code").param("code", code).with(csrf()), second))
                .as("the same code again")
                .contains("klopt niet");
        assertThat(status(get("/claims"), second)).isEqualTo(302);
    }

    @Test
    void fiveWrongCodesLockTheAccount() throws Exception {
        user("totp-lock");
        String secret = TotpCodes.newSecret();
        accounts.enrolTotp("totp-lock", secret, 0);
        MockHttpSession session = password("totp-lock");

        for (int attempt = 1; attempt < Account.LOCKED_AFTER; attempt++) {
            assertThat(page(post("/login/code").param("code", "12345" + attempt).with(csrf()), session))
                    .contains("klopt niet");
        }
        MockHttpServletResponse last = mvc.perform(post("/login/code")
                        .param("code", "999999")
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(last.getRedirectedUrl()).isEqualTo("/login?fout");
        assertThat(accounts.find("totp-lock").orElseThrow().locked()).isTrue();
        MockHttpServletResponse again = mvc.perform(
                        formLogin("/login").user("totp-lock").password(PASSWORD))
                .andReturn()
                .getResponse();
        assertThat(again.getRedirectedUrl()).isEqualTo("/login?fout");
    }

    @Test
    void aRightPasswordBetweenWrongCodesDoesNotStartTheCountAgain() throws Exception {
        user("totp-guess");
        accounts.enrolTotp("totp-guess", TotpCodes.newSecret(), 0);

        for (int attempt = 1; attempt <= 3; attempt++) { // as someone who has the password and guesses codes
            MockHttpSession session = password("totp-guess");
            mvc.perform(post("/login/code")
                    .param("code", "00000" + attempt)
                    .session(session)
                    .with(csrf()));
            mvc.perform(post("/login/code")
                    .param("code", "11111" + attempt)
                    .session(session)
                    .with(csrf()));
        }

        assertThat(accounts.find("totp-guess").orElseThrow().locked()).isTrue();
    }

    @Test
    void anAccountDisabledBetweenPasswordAndCodeIsNotLoggedIn() throws Exception {
        user("totp-disabled");
        String secret = TotpCodes.newSecret();
        accounts.enrolTotp("totp-disabled", secret, 0);
        MockHttpSession session = password("totp-disabled");

        accounts.disable("totp-disabled");
        MockHttpServletResponse code = mvc.perform(post("/login/code")
                        .param("code", TotpCodes.codeAt(secret, Instant.now()))
                        .session(session)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(code.getRedirectedUrl()).isEqualTo("/login?fout");
        assertThat(session.isInvalid()).isTrue();
    }

    private MockHttpSession password(String name) throws Exception {
        MockHttpServletResponse response = null;
        var result =
                mvc.perform(formLogin("/login").user(name).password(PASSWORD)).andReturn();
        response = result.getResponse();
        assertThat(response.getRedirectedUrl()).isIn("/login/enrol", "/login/code");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private int status(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getStatus();
    }

    private String page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(request.session(session)).andReturn().getResponse().getContentAsString(UTF_8);
    }

    private static String secretOn(String page) {
        Matcher secret =
                Pattern.compile("<code class=\"secret\">([A-Z2-7 ]+)</code>").matcher(page);
        assertThat(secret.find())
                .as("the secret is shown for typing in by hand")
                .isTrue();
        return secret.group(1).replace(" ", "");
    }

    private void user(String name) {
        accounts.add(
                name, Role.CASE_MANAGER, List.of(new ClientGrant("C-ZONNIG", "")), passwords.encode(PASSWORD), null);
    }
}
