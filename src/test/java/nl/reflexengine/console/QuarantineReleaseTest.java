package nl.reflexengine.console;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.reflexengine.intake.Delivery;
import nl.reflexengine.intake.mail.MailIntake;
import nl.reflexengine.pipeline.Deliveries;
import nl.reflexengine.reference.Client;
import nl.reflexengine.reference.ReferenceCatalog;
import nl.reflexengine.reference.ReferenceData;
import nl.reflexengine.testing.EngineTest;
import nl.reflexengine.testing.TestMails;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.ClientGrant;
import nl.reflexengine.users.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A mail quarantined for its unknown sender, released by an operator once the sender is registered: its
 * attachment gets its own record and outcome, the quarantine points to it, and it is released once only.
 */
@EngineTest
@AutoConfigureMockMvc
class QuarantineReleaseTest {

    static final String NEW_ADDRESS = "nieuw-salaris@zonnig-uitzendwerk.example";

    @Autowired
    MockMvc mvc;

    @Autowired
    MailIntake mailIntake;

    @Autowired
    Deliveries deliveries;

    @Autowired
    ReferenceCatalog catalog;

    @Autowired
    AccountStore accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aQuarantinedMailIsReleasedOnceItsSenderIsRegistered() throws Exception {
        var mail = TestMails.mail(
                TestMails.offline(),
                NEW_ADDRESS,
                "reflex@reflex.local",
                "Ziekmelding",
                Instant.now(),
                TestMails.attachment("reflex/valid/ziek-uitzendkracht.xml"));
        Delivery delivery = mailIntake.open(mail, false);
        assertThat(delivery.quarantine()).isTrue();
        long quarantined = deliveries.recordUnusable(delivery).auditId();

        MvcResult unknown = release(quarantined);
        assertThat(unknown.getFlashMap().get("problem")).asString().contains("nog niet bij een klant geregistreerd");
        assertThat(reprocessedAs(quarantined)).isNull();

        ReferenceData before = catalog.data();
        catalog.replace(withSender(before, "C-ZONNIG", NEW_ADDRESS), catalog.version()); // as a reload would
        try {
            MvcResult released = release(quarantined);

            assertThat(released.getFlashMap().get("notice"))
                    .asString()
                    .contains("is vrijgegeven")
                    .contains("geaccepteerd");
            Long attempt = reprocessedAs(quarantined);
            assertThat(attempt).isNotNull().isNotEqualTo(quarantined);
            assertThat(jdbc.queryForMap("select outcome, client_id, channel from audit_message where id = ?", attempt))
                    .containsEntry("OUTCOME", "ACCEPTED")
                    .containsEntry("CLIENT_ID", "C-ZONNIG")
                    .containsEntry("CHANNEL", "MAIL");
            assertThat(mvc.perform(get("/rejections").with(operator()))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(UTF_8))
                    .contains("als bericht " + attempt);

            assertThat(release(quarantined).getFlashMap().get("problem"))
                    .asString()
                    .contains("geen mail in quarantaine");
            assertThat(jdbc.queryForObject("select count(*) from claim", Integer.class))
                    .isEqualTo(1);
        } finally {
            catalog.replace(before, catalog.version());
        }
    }

    private MvcResult release(long id) throws Exception {
        return mvc.perform(
                        post("/rejections/" + id + "/release").with(operator()).with(csrf()))
                .andReturn();
    }

    private Long reprocessedAs(long id) {
        return jdbc.queryForObject("select reprocessed_as from audit_message where id = ?", Long.class, id);
    }

    private RequestPostProcessor operator() {
        if (accounts.find("release-operator").isEmpty()) {
            accounts.add("release-operator", Role.OPERATOR, List.of(new ClientGrant("C-ZONNIG", "")), "{noop}x", null);
        }
        return user(new ConsoleUser(accounts.find("release-operator").orElseThrow(), LocalDate.now()));
    }

    private static ReferenceData withSender(ReferenceData data, String clientId, String address) {
        List<Client> clients = new ArrayList<>();
        for (Client c : data.clients()) {
            if (c.id().equals(clientId)) {
                List<String> senders = new ArrayList<>(c.senderAddresses());
                senders.add(address);
                c = new Client(
                        c.id(),
                        c.name(),
                        c.loonheffingennummers(),
                        c.sector(),
                        c.riskPremiumGroup(),
                        c.contractGroup(),
                        c.serviceOption(),
                        c.frameworkContractName(),
                        c.frameworkContractCode(),
                        senders,
                        c.processManagerEmail(),
                        c.payrollSystem());
            }
            clients.add(c);
        }
        return new ReferenceData(clients, data.contracts(), data.branches());
    }
}
