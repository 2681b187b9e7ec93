package nl.reflexengine.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.Role;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The test-reflex lab: every test sample uploaded for its client gets, in the same response, the verdict
 * samples/expected.csv names for it, through the real pipeline, with no claim and with the test report mail.
 */
@EngineTest
@AutoConfigureMockMvc
class TestLabTest {

    static final String PM = "lab-process-manager";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountStore accounts;

    @Autowired
    JdbcTemplate jdbc;

    RequestPostProcessor processManager;

    @BeforeEach
    void aProcessManagerOfEveryClient() {
        if (accounts.find(PM).isEmpty()) {
            accounts.add(
                    PM,
                    Role.PROCESS_MANAGER,
                    List.of(
                            new ClientGrant("C-ZONNIG", ""),
                            new ClientGrant("C-DELTA", ""),
                            new ClientGrant("C-NOORD", "")),
                    "{noop}unused",
                    null);
            accounts.add(
                    "lab-zonnig-only", Role.PROCESS_MANAGER, List.of(new ClientGrant("C-ZONNIG", "")), "{noop}x", null);
        }
        processManager = user(new ConsoleUser(accounts.find(PM).orElseThrow(), LocalDate.now()));
    }

    @Test
    void eachTestSampleGetsTheVerdictTheSamplesExpectInTheSameResponse() throws Exception {
        Map<String, CSVRecord> expected = expected();
        List<Path> samples;
        try (Stream<Path> files = Files.list(Path.of("samples/reflex/test"))) {
            samples = files.sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(6);
        for (Path sample : samples) {
            CSVRecord row = expected.get("reflex/test/" + sample.getFileName());
            String body = upload(clientOf(sample), sample.getFileName().toString(), Files.readAllBytes(sample));

            boolean passed = row.get("outcome").equals("TEST_PASSED");
            assertThat(body).as(sample.toString()).contains(passed ? "goedgekeurd" : "afgekeurd");
            for (String code : row.get("codes").isEmpty()
                    ? new String[0]
                    : row.get("codes").split(";")) {
                assertThat(body).as(sample + " names " + code).contains(">" + code + "<");
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from mail_outbox where kind in ('TEST_PASSED', 'TEST_REJECTED')",
                        Integer.class))
                .isEqualTo(samples.size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_message where channel = 'CONSOLE' and test", Integer.class))
                .isEqualTo(samples.size());
    }

    @Test
    void aSchemaErrorIsShownWithItsFieldLineAndColumn() throws Exception {
        String xml = Files.readString(Path.of("samples/reflex/test/test-zonnig-geslaagd.xml"), UTF_8)
                .replaceFirst("<BerichtId>[^<]+</BerichtId>", "<BerichtId>LAB-LINE</BerichtId>")
                .replaceFirst("<Geboortedatum>[^<]+</Geboortedatum>", "<Geboortedatum>1994-02-31x</Geboortedatum>");
        int line = lineOf(xml, "<Geboortedatum>");

        String body = upload("C-ZONNIG", "fout.xml", xml.getBytes(UTF_8));

        assertThat(body).contains("afgekeurd").contains("/Geboortedatum");
        assertThat(body).contains("<td>" + line + "</td>");
        assertThat(jdbc.queryForObject(
                        "select line_number from audit_violation v join audit_message m on m.id = v.audit_id"
                                + " where m.source like '%fout.xml'",
                        Integer.class))
                .isEqualTo(line);
    }

    @Test
    void anotherClientsMessageIsRejectedAndAnotherUsersClientIsNotFound() throws Exception {
        byte[] zonnig = Files.readString(Path.of("samples/reflex/test/test-zonnig-geslaagd.xml"), UTF_8)
                .replaceFirst("<BerichtId>[^<]+</BerichtId>", "<BerichtId>LAB-OTHER</BerichtId>")
                .getBytes(UTF_8);

        assertThat(upload("C-DELTA", "zonnig-als-delta.xml", zonnig)).contains("afgekeurd");
        assertThat(upload("C-ZONNIG", "zonnig.xml", zonnig))
                .as("the same content for its own client is another test, not the wrong client's verdict")
                .contains("zonnig.xml: goedgekeurd")
                .doesNotContain("al eerder getest");
        assertThat(upload("C-ZONNIG", "zonnig-nogmaals.xml", zonnig)).contains("al eerder getest");

        var zonnigOnly = user(new ConsoleUser(accounts.find("lab-zonnig-only").orElseThrow(), LocalDate.now()));
        MockHttpServletResponse response = mvc.perform(multipart("/lab")
                        .file(new MockMultipartFile("bestand", "x.xml", "application/xml", zonnig))
                        .param("klant", "C-DELTA")
                        .with(zonnigOnly)
                        .with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/lab").param("klant", "C-DELTA").with(zonnigOnly))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void theHistoryAndChecklistShowWhatPassedAndWhichVestigingscodesWereUsed() throws Exception {
        upload("C-ZONNIG", "geslaagd.xml", Files.readAllBytes(Path.of("samples/reflex/test/test-zonnig-geslaagd.xml")));
        upload("C-ZONNIG", "pasted", null);

        String page = mvc.perform(get("/lab").param("klant", "C-ZONNIG").with(processManager))
                .andReturn()
                .getResponse()
                .getContentAsString(UTF_8);

        assertThat(page).contains("geslaagd.xml").contains("test goedgekeurd");
        String vestiging = Files.readString(Path.of("samples/reflex/test/test-zonnig-geslaagd.xml"), UTF_8)
                .replaceAll("(?s).*<Vestigingscode>([^<]+)</Vestigingscode>.*", "$1");
        assertThat(page).containsPattern("<td>" + vestiging + "</td>\\s*<td>ja</td>");
        assertThat(page).containsPattern("<td>Ziekmelding</td>\\s*<td>ja</td>");
    }

    private String upload(String client, String name, byte[] content) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/lab");
        request.param("klant", client)
                .header("HX-Request", "true")
                .with(processManager)
                .with(csrf());
        if (content == null) {
            request.param("xml", "");
        } else {
            request.file(new MockMultipartFile("bestand", name, "application/xml", content));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(name).isEqualTo(200);
        return response.getContentAsString(UTF_8);
    }

    private static String clientOf(Path sample) throws Exception {
        String xml = Files.readString(sample, UTF_8);
        try (var reader = Files.newBufferedReader(Path.of("samples/reference/clients.csv"), UTF_8)) {
            for (CSVRecord client : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                for (String number : client.get("loonheffingennummers").split(";")) {
                    if (xml.contains(number)) {
                        return client.get("client_id");
                    }
                }
            }
        }
        throw new IllegalStateException("no client's loonheffingennummer in " + sample);
    }

    private static Map<String, CSVRecord> expected() throws Exception {
        try (var reader = Files.newBufferedReader(Path.of("samples/expected.csv"), UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .collect(Collectors.toMap(row -> row.get("source"), row -> row));
        }
    }

    private static int lineOf(String xml, String text) {
        String before = xml.substring(0, xml.indexOf(text));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
