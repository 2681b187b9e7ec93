package nl.reflexengine.uwv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.reflexengine.TestBsns;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.outbox.EndpointOutage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.requeue.RequeueLauncher;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The forwarding route with the HTTP adapter against a local HTTP server: a message that fails its first
 * attempt is retried, delivered once, and its Digipoort status recorded; while the whole endpoint is
 * unavailable every message waits without spending attempts, and each is delivered once afterwards.
 */
@EngineTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:uwv-http-test;DB_CLOSE_DELAY=-1")
@DirtiesContext // sends to an HTTP endpoint of its own: closed once done
class UwvHttpForwardTest {

    static final HttpServer SERVER;
    static final Path STATUS_DIRECTORY;
    static final List<String> DELIVERED = new CopyOnWriteArrayList<>();
    static final ConcurrentHashMap<String, AtomicInteger> ATTEMPTS = new ConcurrentHashMap<>();
    static final AtomicBoolean AVAILABLE = new AtomicBoolean(true);
    static final AtomicBoolean REFUSE_ORGAN_DONATION = new AtomicBoolean(true);

    static {
        try {
            SERVER = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            SERVER.createContext("/uwv", exchange -> {
                String kenmerk = exchange.getRequestHeaders().getFirst(HttpUwvGateway.KENMERK_HEADER);
                String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
                if (!AVAILABLE.get()) {
                    exchange.sendResponseHeaders(503, -1);
                    exchange.close();
                    return;
                }
                int attempt = ATTEMPTS.computeIfAbsent(kenmerk, k -> new AtomicInteger())
                        .incrementAndGet();
                if (body.contains("<Reden>ZIEK_ORGAANDONATIE</Reden>") && REFUSE_ORGAN_DONATION.get()) {
                    exchange.sendResponseHeaders(400, -1); // a message this receiver will never take
                } else if (attempt == 1 && body.contains("<Reden>ZIEK_ART_29B</Reden>")) {
                    exchange.sendResponseHeaders(500, -1); // this message fails once
                } else {
                    DELIVERED.add(kenmerk);
                    exchange.getResponseHeaders().add(HttpUwvGateway.STATUS_HEADER, "301");
                    exchange.sendResponseHeaders(202, -1);
                }
                exchange.close();
            });
            SERVER.start();
            STATUS_DIRECTORY = Files.createTempDirectory("uwv-status");
        } catch (java.io.IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void uwv(DynamicPropertyRegistry registry) {
        registry.add("reflex.uwv.enabled", () -> "true");
        registry.add("reflex.uwv.adapter", () -> "HTTP");
        registry.add(
                "reflex.uwv.url",
                () -> "http://127.0.0.1:" + SERVER.getAddress().getPort() + "/uwv");
        registry.add("reflex.uwv.outbox.poll-period-ms", () -> "100");
        registry.add("reflex.uwv.outbox.retry-delay-ms", () -> "200");
        registry.add("reflex.uwv.outbox.max-attempts", () -> "3");
        registry.add("reflex.uwv.outbox.outage-pause-max-ms", () -> "1000");
        registry.add("reflex.uwv.status-directory", STATUS_DIRECTORY::toString);
    }

    @BeforeEach
    void theReceiverAsItIs() {
        AVAILABLE.set(true);
        REFUSE_ORGAN_DONATION.set(true);
    }

    @AfterAll
    static void stop() {
        SERVER.stop(0);
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("uwvEndpoint")
    EndpointOutage uwvEndpoint;

    private Submission ingest(String sample) throws Exception {
        byte[] xml = Files.readAllBytes(Path.of("samples", sample));
        return template.requestBody(
                "direct:ingest",
                InboundMessage.file(xml, Channel.REPLAY, sample, Instant.now(), false),
                Submission.class);
    }

    /** The outbox's delivery state, and after it what Digipoort and UWV said: SENT/VALIDATED. */
    private String status(String kenmerk) {
        return jdbc.queryForObject(
                "select status || coalesce('/' || uwv_status, '') from uwv_outbox where kenmerk = ?",
                String.class,
                kenmerk);
    }

    @Test
    void aFailedDeliveryIsRetriedAndTheMessageDeliveredOnce() throws Exception {
        String kenmerk =
                UwvOutbox.kenmerk(ingest("reflex/valid/ziek-art-29b.xml").claimNumber(), UwvFlow.ZIEKTEAANGIFTE);

        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT/VALIDATED".equals(status(kenmerk)));

        assertThat(ATTEMPTS.get(kenmerk)).hasValue(2);
        assertThat(DELIVERED).containsOnlyOnce(kenmerk);
        assertThat(jdbc.queryForObject("select attempts from uwv_outbox where kenmerk = ?", Integer.class, kenmerk))
                .isEqualTo(2);

        // UWV's answer arrives as a status file
        Files.writeString(STATUS_DIRECTORY.resolve(kenmerk + ".status"), "ACCEPTED\n");
        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT/ACCEPTED".equals(status(kenmerk)));
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Files.exists(STATUS_DIRECTORY.resolve(".done/" + kenmerk + ".status")));
    }

    @Test
    void aMessageTheReceiverRefusesIsFailedWithoutRetries() throws Exception {
        String kenmerk =
                UwvOutbox.kenmerk(ingest("reflex/valid/ziek-orgaandonatie.xml").claimNumber(), UwvFlow.ZIEKTEAANGIFTE);

        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(status(kenmerk)));

        assertThat(ATTEMPTS.get(kenmerk)).hasValue(1);
        assertThat(jdbc.queryForObject("select last_error from uwv_outbox where kenmerk = ?", String.class, kenmerk))
                .contains("HTTP 400");
    }

    @Test
    void whileTheEndpointIsUnavailableMessagesWaitAndEachIsDeliveredOnceAfterwards() throws Exception {
        int reports = 20;
        AVAILABLE.set(false);
        String sample = Files.readString(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"));
        List<String> kenmerken = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            String xml = sample.replaceFirst("<BerichtId>[^<]+<", "<BerichtId>UWV-DOWN-" + i + "<")
                    .replaceFirst("<Bsn>[^<]+<", "<Bsn>" + TestBsns.from(400_000_000L + i * 97L) + "<");
            Submission accepted = template.requestBody(
                    "direct:ingest",
                    InboundMessage.file(xml.getBytes(UTF_8), Channel.REPLAY, "down-" + i, Instant.now(), false),
                    Submission.class);
            kenmerken.add(UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE));
        }
        // more tries than max-attempts: a message charged for the outage would be FAILED by now
        await().atMost(Duration.ofSeconds(20))
                .until(() -> uwvEndpoint.health().getStatus().getCode().equals("DOWN")
                        && (int) uwvEndpoint.health().getDetails().get("failedTriesInARow") > 4);
        assertThat(kenmerken)
                .allSatisfy(kenmerk -> assertThat(
                                jdbc.queryForMap("select status, attempts from uwv_outbox where kenmerk = ?", kenmerk))
                        .containsEntry("STATUS", "QUEUED")
                        .containsEntry("ATTEMPTS", 0));

        AVAILABLE.set(true);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> kenmerken.stream().allMatch(kenmerk -> "SENT/VALIDATED".equals(status(kenmerk))));
        assertThat(kenmerken).allSatisfy(kenmerk -> assertThat(DELIVERED).containsOnlyOnce(kenmerk));
        assertThat(uwvEndpoint.health().getStatus().getCode()).isEqualTo("UP");
    }

    @Test
    void aFailedMessageIsDeliveredOnceItIsRequeued() throws Exception {
        String xml = Files.readString(Path.of("samples/reflex/valid/ziek-orgaandonatie.xml"))
                .replaceFirst("<BerichtId>[^<]+<", "<BerichtId>UWV-REQUEUE-1<")
                .replaceFirst("<Bsn>[^<]+<", "<Bsn>" + TestBsns.from(410_000_000L) + "<");
        Submission accepted = template.requestBody(
                "direct:ingest",
                InboundMessage.file(xml.getBytes(UTF_8), Channel.REPLAY, "requeue", Instant.now(), false),
                Submission.class);
        String kenmerk = UwvOutbox.kenmerk(accepted.claimNumber(), UwvFlow.ZIEKTEAANGIFTE);
        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(status(kenmerk)));
        long id = jdbc.queryForObject("select id from uwv_outbox where kenmerk = ?", Long.class, kenmerk);
        REFUSE_ORGAN_DONATION.set(false); // the receiver's problem is solved

        int exit = RequeueLauncher.run(new String[] {
            "uwv", String.valueOf(id), "--spring.datasource.url=jdbc:h2:mem:uwv-http-test;DB_CLOSE_DELAY=-1"
        });

        assertThat(exit).isZero();
        await().atMost(Duration.ofSeconds(15)).until(() -> "SENT/VALIDATED".equals(status(kenmerk)));
        assertThat(DELIVERED).containsOnlyOnce(kenmerk);
        assertThat(jdbc.queryForMap(
                        "select previous_status, attempts, last_error from outbox_requeue where item_id = ?", id))
                .containsEntry("PREVIOUS_STATUS", "FAILED")
                .containsEntry("ATTEMPTS", 1)
                .hasEntrySatisfying(
                        "LAST_ERROR", error -> assertThat((String) error).contains("HTTP 400"));
    }
}
