package nl.reflexengine.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.reflexengine.TestBsns;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestMessages;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.Role;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may open which console page, for which client: every role against every page, for a claim of the
 * user's own client and one of another client, and a user limited to one vestiging. The expected status of
 * each cell is written out here, not derived from the console's own list of pages.
 */
@EngineTest
@AutoConfigureMockMvc
class ConsoleAuthorisationTest {

    static final String OWN = "C-ZONNIG";
    static final String OTHER = "C-DELTA";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProducerTemplate template;

    @Autowired
    AccountStore accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** Zonnig, vestiging ZON-AMS; Zonnig, vestiging ZON-RTD; Delta. */
    static String ownAms;

    static String ownRtd;
    static String other;
    static String ownBsn;

    /** A rejected message of each client, and a failed UWV message of each. */
    static long ownRejection;

    static long otherRejection;
    static long ownUwv;
    static long otherUwv;

    /** Once for the class, from its first test (Camel starts with each test, after a @BeforeEach). */
    void claimsOfTwoClientsAndAUserPerRole() throws Exception {
        if (ownAms != null) {
            return;
        }
        ownBsn = TestBsns.from(123_450_000);
        LocalDate firstDay = LocalDate.now().minusDays(1);
        ownAms = ingest(TestMessages.sickReport("CONSOLE-1", ownBsn, firstDay));
        ownRtd = ingest(TestMessages.sickReport("CONSOLE-2", TestBsns.from(123_460_000), firstDay)
                .replace("<Vestigingscode>ZON-AMS<", "<Vestigingscode>ZON-RTD<"));
        String delta = Files.readString(Path.of("samples/reflex/valid/fase-b-zonder-uitzendbeding-ubplus.xml"), UTF_8);
        other = ingest(delta);
        ownRejection = reject(TestMessages.sickReport("CONSOLE-3", "123456789", firstDay));
        otherRejection = reject(delta.replaceFirst("<Bsn>[^<]+</Bsn>", "<Bsn>123456789</Bsn>")
                .replaceFirst("<BerichtId>[^<]+</BerichtId>", "<BerichtId>CONSOLE-4</BerichtId>"));
        ownUwv = failUwvMessageOf(ownAms);
        otherUwv = failUwvMessageOf(other);
        for (Role role : Role.values()) {
            accounts.add(name(role), role, List.of(new ClientGrant(OWN, "")), "{noop}unused", null);
        }
        accounts.add("cm-ams", Role.CASE_MANAGER, List.of(new ClientGrant(OWN, "ZON-AMS")), "{noop}unused", null);
        accounts.add("auditor-delta", Role.AUDITOR, List.of(new ClientGrant(OTHER, "")), "{noop}unused", null);
    }

    static Stream<Arguments> matrix() {
        // page                              CASE_MANAGER PROCESS_MANAGER AUDITOR OPERATOR
        return Stream.of(
                        cells("GET /", 200, 200, 200, 200),
                        cells("GET /claims", 200, 200, 403, 403),
                        cells("GET /claims?klant=" + OTHER + "&achterstallig=true", 200, 200, 403, 403),
                        cells("GET /claims/export.csv", 200, 200, 403, 403),
                        cells("GET /claims/{own}", 200, 200, 403, 403),
                        cells("GET /claims/{other}", 404, 404, 403, 403),
                        cells("POST /claims/{own}/action-points/{ownPoint}/done", 302, 403, 403, 403),
                        cells("POST /claims/{other}/action-points/{otherPoint}/done", 404, 403, 403, 403),
                        cells("POST /claims/{own}/action-points/{otherPoint}/done", 404, 403, 403, 403),
                        cells("GET /access-log", 403, 403, 200, 403),
                        cells("GET /access-log/export.csv", 403, 403, 200, 403),
                        cells("GET /lab", 403, 200, 403, 403),
                        cells("GET /lab?klant=" + OTHER, 403, 404, 403, 403),
                        cells("GET /lab?klant=" + OWN, 403, 200, 403, 403),
                        cells("GET /rejections", 403, 200, 403, 200),
                        cells("GET /rejections/export.csv", 403, 200, 403, 200),
                        cells("GET /uwv/export.csv", 403, 403, 200, 200),
                        cells("GET /rejections/{ownRejection}", 403, 200, 403, 200),
                        cells("GET /rejections/{otherRejection}", 403, 404, 403, 404),
                        cells("POST /rejections/{otherRejection}/reprocess", 403, 403, 403, 404),
                        cells("POST /rejections/{otherRejection}/release", 403, 403, 403, 404),
                        cells("GET /uwv", 403, 403, 200, 200),
                        cells("POST /uwv/{otherUwv}/requeue", 403, 403, 403, 404),
                        cells("POST /uwv/{ownUwv}/requeue", 403, 403, 403, 302),
                        cells("GET /reference", 403, 200, 403, 200),
                        cells("GET /replays", 403, 403, 200, 403),
                        cells("GET /authorisations", 403, 403, 200, 403),
                        cells("GET /authorisations/export.csv", 403, 403, 200, 403),
                        cells("POST /authorisations", 403, 403, 403, 403),
                        cells("GET /h2-console", 403, 403, 403, 403))
                .flatMap(row -> row);
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachRoleOpensOnlyItsPagesAndOnlyItsClients(String request, Role role, int expected) throws Exception {
        claimsOfTwoClientsAndAUserPerRole();
        MockHttpServletResponse response = mvc.perform(request(request).with(user(consoleUser(name(role)))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).as(request + " as " + role).isEqualTo(expected);
        assertThat(response.getContentAsString(UTF_8)).doesNotContain(ownBsn);
        String body = response.getContentAsString(UTF_8);
        if (expected == 200 && (request.equals("GET /claims") || request.equals("GET /claims/export.csv"))) {
            assertThat(body)
                    .as("the list and its export show the user's own client only")
                    .contains(ownAms, ownRtd)
                    .doesNotContain(other);
        }
        if (expected == 200 && request.equals("GET /rejections")) {
            assertThat(body)
                    .contains("/rejections/" + ownRejection + "\"")
                    .doesNotContain("/rejections/" + otherRejection + "\"");
        }
        if (expected == 200 && request.equals("GET /rejections/export.csv")) {
            assertThat(body).contains("\n" + ownRejection + ",").doesNotContain("\n" + otherRejection + ",");
        }
        if (expected == 200 && request.equals("GET /uwv/export.csv")) {
            assertThat(body).contains(ownAms).doesNotContain(other);
        }
        if (expected == 200 && request.equals("GET /uwv")) {
            assertThat(body).contains(ownAms).doesNotContain(other);
        }
        if (expected == 200 && request.equals("GET /reference")) {
            assertThat(body).contains("ZON-AMS").doesNotContain("DLT-EHV");
        }
        if (expected == 200 && request.startsWith("GET /authorisations")) {
            assertThat(body).contains(name(Role.CASE_MANAGER), "cm-ams").doesNotContain("auditor-delta");
        }
    }

    @Test
    void aUserLimitedToOneVestigingSeesOnlyItsClaims() throws Exception {
        claimsOfTwoClientsAndAUserPerRole();
        var user = user(consoleUser("cm-ams"));

        String list =
                mvc.perform(get("/claims").with(user)).andReturn().getResponse().getContentAsString(UTF_8);
        assertThat(list).contains(ownAms).doesNotContain(ownRtd).doesNotContain(other);
        assertThat(status(get("/claims/" + ownAms).with(user))).isEqualTo(200);
        assertThat(status(get("/claims/" + ownRtd).with(user))).isEqualTo(404);
        assertThat(status(post("/claims/" + ownRtd + "/action-points/" + openPoint(ownRtd) + "/done")
                        .with(user)
                        .with(csrf())))
                .isEqualTo(404);
    }

    @Test
    void markingDoneRecordsWhoAndWhenAndNeedsTheCsrfToken() throws Exception {
        claimsOfTwoClientsAndAUserPerRole();
        long point = openPoint(ownAms);
        var caseManager = user(consoleUser(name(Role.CASE_MANAGER)));

        assertThat(status(post("/claims/" + ownAms + "/action-points/" + point + "/done")
                        .with(caseManager)))
                .isEqualTo(403);
        assertThat(statusOf(point)).isEqualTo("OPEN");

        MockHttpServletResponse htmx = mvc.perform(post("/claims/" + ownAms + "/action-points/" + point + "/done")
                        .header("HX-Request", "true")
                        .with(caseManager)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(htmx.getStatus()).isEqualTo(200);
        assertThat(htmx.getContentAsString(UTF_8))
                .contains("point-" + point)
                .contains("door " + name(Role.CASE_MANAGER));
        assertThat(statusOf(point)).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("select done_by from action_point where id = ?", String.class, point))
                .isEqualTo(name(Role.CASE_MANAGER));
        assertThat(jdbc.queryForObject("select done_at from action_point where id = ?", Instant.class, point))
                .isNotNull();
    }

    @Test
    void everyClaimViewIsLoggedAndAuditorsSeeTheirClientsEntriesOnly() throws Exception {
        claimsOfTwoClientsAndAUserPerRole();
        mvc.perform(get("/claims/" + ownAms).with(user(consoleUser(name(Role.PROCESS_MANAGER)))));
        accessLogOfAnotherClientsView();

        String log = mvc.perform(get("/access-log/export.csv").with(user(consoleUser(name(Role.AUDITOR)))))
                .andReturn()
                .getResponse()
                .getContentAsString(UTF_8);
        assertThat(log).contains(name(Role.PROCESS_MANAGER) + ",CLAIM_VIEWED," + OWN + "," + ownAms);
        assertThat(log).doesNotContain(OTHER);

        String deltaLog = mvc.perform(get("/access-log/export.csv").with(user(consoleUser("auditor-delta"))))
                .andReturn()
                .getResponse()
                .getContentAsString(UTF_8);
        assertThat(deltaLog).contains(OTHER).doesNotContain(ownAms);
    }

    @Test
    void withoutALoginEveryPageSendsToTheLoginPage() throws Exception {
        claimsOfTwoClientsAndAUserPerRole();
        for (String path : List.of("/", "/claims", "/claims/" + ownAms, "/access-log")) {
            MockHttpServletResponse response =
                    mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
        }
        assertThat(status(get("/login"))).isEqualTo(200);
    }

    private void accessLogOfAnotherClientsView() {
        // a Delta user's view, as another instance of the console would write it
        new AccessLog(jdbc).viewed("someone-at-delta", AccessLog.Action.CLAIM_VIEWED, OTHER, other);
    }

    private MockHttpServletRequestBuilder request(String line) {
        String[] parts = line.split(" ", 2);
        String path = parts[1].replace("{own}", ownAms)
                .replace("{other}", other)
                .replace("{ownRejection}", String.valueOf(ownRejection))
                .replace("{otherRejection}", String.valueOf(otherRejection))
                .replace("{ownUwv}", String.valueOf(ownUwv))
                .replace("{otherUwv}", String.valueOf(otherUwv));
        if (path.contains("{ownPoint}")) {
            path = path.replace("{ownPoint}", String.valueOf(openPoint(ownAms)));
        }
        if (path.contains("{otherPoint}")) {
            path = path.replace("{otherPoint}", String.valueOf(openPoint(other)));
        }
        return parts[0].equals("POST") ? post(path).with(csrf()) : get(path);
    }

    @Test
    void anOperatorReprocessesARejectionAndBothRecordsPointAtEachOther() throws Exception {
        claimsOfTwoClientsAndAUserPerRole();
        long rejection = reject(TestMessages.sickReport("CONSOLE-5", "123456789", LocalDate.now()));
        var operator = user(consoleUser(name(Role.OPERATOR)));

        MockHttpServletResponse reprocessed = mvc.perform(post("/rejections/" + rejection + "/reprocess")
                        .with(operator)
                        .with(csrf()))
                .andReturn()
                .getResponse();

        assertThat(reprocessed.getRedirectedUrl()).isEqualTo("/rejections");
        Long again =
                jdbc.queryForObject("select reprocessed_as from audit_message where id = ?", Long.class, rejection);
        assertThat(again).isNotNull().isNotEqualTo(rejection);
        String list = mvc.perform(get("/rejections").with(operator))
                .andReturn()
                .getResponse()
                .getContentAsString(UTF_8);
        assertThat(list).contains("als bericht " + again).contains("herverwerking van bericht " + rejection);
        assertThat(status(post("/rejections/" + rejection + "/reprocess")
                        .with(operator)
                        .with(csrf())))
                .as("once only")
                .isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_message where reprocessed_as is not null and id = ?",
                        Integer.class,
                        again))
                .isZero();
    }

    @Test
    void viewingARawMessageIsLoggedAndItsBsnMasked() throws Exception {
        claimsOfTwoClientsAndAUserPerRole();
        String page = mvc.perform(
                        get("/rejections/" + ownRejection).with(user(consoleUser(name(Role.PROCESS_MANAGER)))))
                .andReturn()
                .getResponse()
                .getContentAsString(UTF_8);

        assertThat(page).contains("*********").doesNotContain("123456789");
        assertThat(jdbc.queryForObject(
                        "select count(*) from console_access_log where action = 'MESSAGE_VIEWED' and subject = ?",
                        Integer.class,
                        String.valueOf(ownRejection)))
                .isPositive();
    }

    private long reject(String xml) {
        var inbound = InboundMessage.file(
                xml.getBytes(UTF_8), Channel.REPLAY, "console-" + xml.hashCode(), Instant.now(), false);
        Submission submission = template.requestBody("direct:ingest", inbound, Submission.class);
        assertThat(submission.outcome()).isEqualTo(Outcome.REJECTED);
        return submission.auditId();
    }

    private long failUwvMessageOf(String claimNumber) {
        long id = jdbc.queryForObject(
                "select min(u.id) from uwv_outbox u join claim c on c.id = u.claim_id where c.claim_number = ?",
                Long.class,
                claimNumber);
        jdbc.update("update uwv_outbox set status = 'FAILED', last_error = 'test: unreachable' where id = ?", id);
        return id;
    }

    private long openPoint(String claimNumber) {
        return jdbc.queryForObject(
                "select min(a.id) from action_point a join claim c on c.id = a.claim_id"
                        + " where c.claim_number = ? and a.status = 'OPEN'",
                Long.class,
                claimNumber);
    }

    private String statusOf(long point) {
        return jdbc.queryForObject("select status from action_point where id = ?", String.class, point);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private ConsoleUser consoleUser(String name) {
        return new ConsoleUser(accounts.find(name).orElseThrow(), LocalDate.now());
    }

    private String ingest(String xml) {
        var inbound = InboundMessage.file(
                xml.getBytes(UTF_8), Channel.REPLAY, "console-" + xml.hashCode(), Instant.now(), false);
        Submission submission = template.requestBody("direct:ingest", inbound, Submission.class);
        assertThat(submission.outcome()).isEqualTo(Outcome.ACCEPTED);
        return submission.claimNumber();
    }

    private static String name(Role role) {
        return "console-" + role.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** One row of the matrix: the request, and the status each role gets, in the order of the header. */
    private static Stream<Arguments> cells(String request, int... statuses) {
        Role[] roles = {Role.CASE_MANAGER, Role.PROCESS_MANAGER, Role.AUDITOR, Role.OPERATOR};
        return IntStream.range(0, roles.length).mapToObj(i -> Arguments.of(request, roles[i], statuses[i]));
    }
}
