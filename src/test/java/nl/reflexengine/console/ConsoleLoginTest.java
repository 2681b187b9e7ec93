package nl.reflexengine.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.users.Account;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Logging in to the console with the users in the database: lockout, disabled and ended accounts. */
@EngineTest
@AutoConfigureMockMvc
class ConsoleLoginTest {

    static final String PASSWORD = "een lang wachtwoord";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void theRightPasswordLogsInAndLandsOnTheStartPage() throws Exception {
        user("login-ok", null);

        mvc.perform(formLogin("/login").user("login-ok").password(PASSWORD))
                .andExpect(authenticated().withUsername("login-ok").withRoles(Role.CASE_MANAGER.name()))
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/"));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilItsPasswordIsReset() throws Exception {
        user("login-lock", null);
        for (int attempt = 1; attempt <= Account.LOCKED_AFTER; attempt++) {
            mvc.perform(formLogin("/login").user("login-lock").password("wrong " + attempt))
                    .andExpect(unauthenticated())
                    .andExpect(result ->
                            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?fout"));
        }

        mvc.perform(formLogin("/login").user("login-lock").password(PASSWORD)).andExpect(unauthenticated());

        accounts.setPassword("login-lock", passwords.encode("een nieuw wachtwoord"));
        mvc.perform(formLogin("/login").user("login-lock").password("een nieuw wachtwoord"))
                .andExpect(authenticated());
    }

    @Test
    void aSuccessfulLoginStartsTheCountAgain() throws Exception {
        user("login-count", null);
        for (int attempt = 1; attempt < Account.LOCKED_AFTER; attempt++) {
            mvc.perform(formLogin("/login").user("login-count").password("wrong"))
                    .andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("login-count").password(PASSWORD)).andExpect(authenticated());

        mvc.perform(formLogin("/login").user("login-count").password("wrong")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("login-count").password(PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aDisabledAccountCannotLogIn() throws Exception {
        user("login-disabled", null);
        accounts.disable("login-disabled");

        mvc.perform(formLogin("/login").user("login-disabled").password(PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void anAccountPastItsEndDateCannotLogIn() throws Exception {
        user("login-ended", LocalDate.now().minusDays(2));
        user("login-ends-today", LocalDate.now().plusDays(1));

        mvc.perform(formLogin("/login").user("login-ended").password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user("login-ends-today").password(PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void aSessionEndsAtItsNextRequestOnceTheAccountIsDisabled() throws Exception {
        user("login-session", null);
        var login = mvc.perform(formLogin("/login").user("login-session").password(PASSWORD))
                .andExpect(authenticated())
                .andReturn();
        var session = (org.springframework.mock.web.MockHttpSession)
                login.getRequest().getSession();
        assertThat(mvc.perform(get("/claims").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        accounts.disable("login-session");

        var after = mvc.perform(get("/claims").session(session)).andReturn().getResponse();
        assertThat(after.getRedirectedUrl()).isEqualTo("/login?fout");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void theOperatorsActuatorLoginIsNoConsoleLogin() throws Exception {
        mvc.perform(formLogin("/login").user("operator").password("anything")).andExpect(unauthenticated());
    }

    private void user(String name, LocalDate validUntil) {
        accounts.add(
                name,
                Role.CASE_MANAGER,
                List.of(new ClientGrant("C-ZONNIG", "")),
                passwords.encode(PASSWORD),
                validUntil);
    }
}
