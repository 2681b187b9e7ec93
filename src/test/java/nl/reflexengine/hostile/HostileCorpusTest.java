package nl.reflexengine.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import nl.reflexengine.TestBsns;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.Delivery;
import nl.reflexengine.intake.Disposition;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.intake.mail.MailIntake;
import nl.reflexengine.intake.sftp.SftpIntake;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The hostile and broken input corpus (src/test/resources/hostile, expected.csv): every case, through the
 * channel it would arrive by, ends within seconds in a rejection with its own code, the raw input kept, and
 * the next good message is processed as usual. A few cases too large to keep as files are generated here.
 */
@EngineTest
class HostileCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Duration BOUND = Duration.ofSeconds(15);
    /**
     * Bytes a case may allocate on the thread that handles it (the channel and every route run on it). Not
     * a performance figure: an entity expansion, a zip bomb or a message read whole past its cap would
     * allocate gigabytes; the largest case today (a mail past the size cap) allocates about 40 MiB.
     */
    private static final long ALLOCATION_BOUND = 128L * 1024 * 1024;

    private static final AtomicInteger GOOD = new AtomicInteger();

    /** One corpus case: the file, the channel it comes by (message, file, mail) and its expected code. */
    record Case(String file, String channel, String code) {
        @Override
        public String toString() {
            return file;
        }
    }

    @Autowired
    ProducerTemplate template;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailIntake mailIntake;

    @Autowired
    SftpIntake sftpIntake;

    static Stream<Case> corpus() throws Exception {
        return Files.readAllLines(CORPUS.resolve("expected.csv"), UTF_8).stream()
                .skip(1)
                .map(line -> line.split(",", 4))
                .map(cell -> new Case(cell[0], cell[1], cell[2]));
    }

    @Test
    void theCorpusHasAtLeastFiftyCases() throws Exception {
        assertThat(corpus().count()).isGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void endsInARejectionWithItsOwnCode(Case hostile) throws Exception {
        byte[] raw = Files.readAllBytes(CORPUS.resolve(hostile.file()));

        List<String> codes = bounded(() -> switch (hostile.channel()) {
            case "message" -> message(raw, "hostile/" + hostile.file());
            case "file" -> file(raw, "C-ZONNIG/" + hostile.file());
            case "mail" -> mail(raw);
            default -> throw new IllegalArgumentException(hostile.channel());
        });

        assertThat(codes).as(hostile.file()).contains(hostile.code());
    }

    @Test
    void noCaseConnectsToTheAddressItNames() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String port = String.valueOf(listener.getLocalPort());
            for (String file : List.of("xxe-http-local-port.xml", "xsi-schema-location-local-port.xml")) {
                byte[] aimed = Files.readString(CORPUS.resolve(file), UTF_8)
                        .replace("127.0.0.1:9/", "127.0.0.1:" + port + "/")
                        .replace("127.0.0.1:PORT/", "127.0.0.1:" + port + "/")
                        .getBytes(UTF_8);
                assertThat(bounded(() -> message(aimed, "hostile/aimed/" + file)))
                        .as(file)
                        .hasSize(1);
            }
            // a connection attempt would be waiting in the listener's backlog by now
            listener.setSoTimeout(200);
            assertThatThrownBy(listener::accept)
                    .as("a connection to the port the messages name")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void tenThousandDeepNestingIsRejectedQuickly() throws Exception {
        String good = Files.readString(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"), UTF_8);
        byte[] deep = good.replace(
                        "</Verloningssysteem>", "</Verloningssysteem>" + "<a>".repeat(10_000) + "</a>".repeat(10_000))
                .getBytes(UTF_8);

        assertThat(bounded(() -> message(deep, "generated/deep-10000.xml"))).containsExactly("XML_LIMIT_EXCEEDED");
    }

    @Test
    void anOversizedFileIsRejectedWithoutBeingReadWhole() throws Exception {
        // 50 MB that is never in memory: the intake reads the stream no further than the cap
        InputStream huge = new InputStream() {
            long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }
        };

        Delivery delivery = sftpIntake.open(huge, "C-ZONNIG/huge.xml");

        assertThat(delivery.messages().get(0).raw().length).isLessThanOrEqualTo(5 * 1024 * 1024 + 1);
        assertThat(bounded(() -> deliver(delivery, "C-ZONNIG/huge.xml"))).containsExactly("MESSAGE_TOO_LARGE");
    }

    @Test
    void eightThousandDeepNestedMultipartIsUnreadable() throws Exception {
        StringBuilder mime = new StringBuilder("From: salaris@zonnig-uitzendwerk.example\r\nSubject: Diep\r\n"
                + "Message-ID: <deep@x>\r\nMIME-Version: 1.0\r\n");
        for (int i = 0; i < 8000; i++) {
            mime.append("Content-Type: multipart/mixed; boundary=\"b")
                    .append(i)
                    .append("\"\r\n\r\n--b")
                    .append(i)
                    .append("\r\n");
        }
        mime.append("Content-Type: text/plain\r\n\r\nziek\r\n");

        assertThat(bounded(() -> mail(mime.toString().getBytes(UTF_8)))).containsExactly("MAIL_UNREADABLE");
    }

    @Test
    void anOversizedAttachmentIsRejected() throws Exception {
        String big =
                "<Ziekmelding xmlns=\"urn:reflex-engine:reflex:v1\">" + "x".repeat(6 * 1024 * 1024) + "</Ziekmelding>";
        String mime =
                "From: salaris@zonnig-uitzendwerk.example\r\nSubject: Groot\r\nMessage-ID: <big@x>\r\nMIME-Version: 1.0\r\n"
                        + "Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: application/xml\r\n"
                        + "Content-Disposition: attachment; filename=\"groot.xml\"\r\n\r\n" + big + "\r\n--B--\r\n";

        assertThat(bounded(() -> mail(mime.getBytes(UTF_8)))).containsExactly("MESSAGE_TOO_LARGE");
    }

    /** Runs one case within the time bound and the allocation bound, and returns its codes. */
    private static List<String> bounded(ThrowingSupplier<List<String>> handling) {
        return assertTimeoutPreemptively(BOUND, () -> {
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            long before = threads.getCurrentThreadAllocatedBytes();
            List<String> codes = handling.get();
            long allocated = threads.getCurrentThreadAllocatedBytes() - before;
            System.out.printf("hostile case %s allocated %d KiB%n", codes, allocated / 1024);
            assertThat(allocated).as("bytes allocated handling %s", codes).isLessThan(ALLOCATION_BOUND);
            return codes;
        });
    }

    /** After every hostile case the engine goes on: the next good message is accepted. */
    @AfterEach
    void theNextGoodMessageIsProcessed() throws Exception {
        String id = "GOOD-" + GOOD.incrementAndGet();
        String xml = Files.readString(Path.of("samples/reflex/valid/ziek-uitzendkracht.xml"), UTF_8)
                .replaceFirst("<BerichtId>[^<]+<", "<BerichtId>" + id + "<")
                .replaceFirst("<Bsn>[^<]+<", "<Bsn>" + TestBsns.from(100_000_000L + GOOD.get() * 97L) + "<");
        Submission good = template.requestBody(
                "direct:ingest",
                InboundMessage.file(xml.getBytes(UTF_8), Channel.SFTP, "good/" + id, Instant.now(), false),
                Submission.class);
        assertThat(good.outcome()).isEqualTo(Outcome.ACCEPTED);
    }

    // --- the three ways in -----------------------------------------------------------------------------

    private List<String> message(byte[] raw, String source) {
        Submission done = template.requestBody(
                "direct:ingest",
                InboundMessage.file(raw, Channel.SFTP, source, Instant.now(), false),
                Submission.class);
        assertThat(done.outcome()).as(source).isEqualTo(Outcome.REJECTED);
        assertRawKept(done.auditId(), raw);
        return codes("select codes from audit_message where id = ?", done.auditId());
    }

    private List<String> file(byte[] raw, String path) throws Exception {
        return deliver(sftpIntake.open(new ByteArrayInputStream(raw), path), path);
    }

    private List<String> mail(byte[] raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        Delivery delivery = mailIntake.open(message, false);
        Disposition disposition = template.requestBody("direct:deliver", delivery, Disposition.class);
        assertThat(disposition).isIn(Disposition.REJECTED, Disposition.QUARANTINED);
        String source = delivery.envelope().source();
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select source, codes from audit_message where source = ? or source like ?", source, source + "/%");
        assertThat(rows).isNotEmpty();
        rows.forEach(row -> assertThat((String) row.get("SOURCE")).doesNotContain("../"));
        return rows.stream()
                .flatMap(row -> List.of(((String) row.get("CODES")).split(";")).stream())
                .toList();
    }

    private List<String> deliver(Delivery delivery, String path) {
        Disposition disposition = template.requestBody("direct:deliver", delivery, Disposition.class);
        assertThat(disposition).as(path).isEqualTo(Disposition.REJECTED);
        return jdbc
                .queryForList(
                        "select codes from audit_message where source = ? or source like ?",
                        String.class,
                        path,
                        path + "!%")
                .stream()
                .flatMap(codes -> List.of(codes.split(";")).stream())
                .toList();
    }

    private List<String> codes(String sql, long auditId) {
        return List.of(jdbc.queryForObject(sql, String.class, auditId).split(";"));
    }

    private void assertRawKept(long auditId, byte[] raw) {
        byte[] kept = jdbc.queryForObject("select raw_message from audit_message where id = ?", byte[].class, auditId);
        assertThat(kept).as("the raw input is kept").isEqualTo(raw);
    }
}
