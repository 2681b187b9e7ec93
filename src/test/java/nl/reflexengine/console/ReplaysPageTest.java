package nl.reflexengine.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.reflexengine.console.replays.ReplaySummaries;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The auditors' Replays page: the comparisons in the replay folder, to an auditor of every client only, the
 * summary served under a policy of its own, and nothing outside the folder's known files.
 */
@EngineTest
@AutoConfigureMockMvc
class ReplaysPageTest {

    static final String SUMMARY = "<html><head><style>h1 { color: #123 }</style></head><body><h1>Samenvatting"
            + " vergelijking replay</h1></body></html>";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReplaySummaries replays;

    @BeforeEach
    void aComparisonInTheReplayFolder() throws Exception {
        Path folder = Files.createDirectories(replays.directory().resolve("2026-12-audit"));
        Files.writeString(folder.resolve("summary.html"), SUMMARY, UTF_8);
        Files.writeString(
                folder.resolve("diff.csv"), "key,source,client,before,after,codes_added,codes_removed\n", UTF_8);
        Files.writeString(replays.directory().resolve("secret.txt"), "not served", UTF_8);
        if (accounts.find("auditor-all").isEmpty()) {
            List<ClientGrant> everyClient = jdbc.queryForList("select client_id from client", String.class).stream()
                    .map(client -> new ClientGrant(client, ""))
                    .toList();
            accounts.add("auditor-all", Role.AUDITOR, everyClient, "{noop}x", null);
            accounts.add("auditor-zonnig", Role.AUDITOR, List.of(new ClientGrant("C-ZONNIG", "")), "{noop}x", null);
        }
    }

    @Test
    void anAuditorOfEveryClientSeesTheComparisonsAndTheirSummary() throws Exception {
        String page = mvc.perform(get("/replays").with(auditor("auditor-all")))
                .andReturn()
                .getResponse()
                .getContentAsString(UTF_8);
        assertThat(page).contains("2026-12-audit").contains("/replays/2026-12-audit/summary.html");

        MockHttpServletResponse summary = mvc.perform(
                        get("/replays/2026-12-audit/summary.html").with(auditor("auditor-all")))
                .andReturn()
                .getResponse();
        assertThat(summary.getStatus()).isEqualTo(200);
        assertThat(summary.getContentAsString(UTF_8)).isEqualTo(SUMMARY);
        assertThat(summary.getHeaders("Content-Security-Policy"))
                .singleElement()
                .asString()
                .contains("default-src 'none'")
                .contains("sandbox")
                .doesNotContain("script");

        MockHttpServletResponse diff = mvc.perform(
                        get("/replays/2026-12-audit/diff.csv").with(auditor("auditor-all")))
                .andReturn()
                .getResponse();
        assertThat(diff.getHeader("Content-Disposition")).contains("attachment");
    }

    @Test
    void anAuditorOfSomeClientsSeesNoneAndNothingOutsideTheKnownFilesIsServed() throws Exception {
        assertThat(mvc.perform(get("/replays").with(auditor("auditor-zonnig")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(UTF_8))
                .doesNotContain("2026-12-audit")
                .contains("alleen een auditor");
        assertThat(status("/replays/2026-12-audit/summary.html", "auditor-zonnig"))
                .isEqualTo(404);

        assertThat(status("/replays/2026-12-audit/secret.txt", "auditor-all")).isEqualTo(404);
        assertThat(status("/replays/..%2F/secret.txt", "auditor-all")).isIn(400, 404);
        assertThat(status("/replays/nope/summary.html", "auditor-all")).isEqualTo(404);
    }

    private int status(String path, String auditor) throws Exception {
        return mvc.perform(get(path).with(auditor(auditor)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    private RequestPostProcessor auditor(String name) {
        return user(new ConsoleUser(accounts.find(name).orElseThrow(), LocalDate.now()));
    }
}
