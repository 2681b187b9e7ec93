package nl.reflexengine.console.lab;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.reflexengine.durability.Durability;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.users.ClientScope;
import nl.reflexengine.validation.MessageFormat;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The test-reflex lab: a process manager's test reflex, run through the real pipeline as a test message of
 * one of their clients (as if dropped in that client's SFTP test folder: it must be that client's), never a
 * claim; the test report mail goes out as for any test reflex. Per client: its test runs and a checklist of
 * what has passed.
 */
@Component
public class TestLab {

    /** The most test runs the history shows. */
    public static final int MAX_HISTORY = 100;

    /**
     * Whose the record is: the sending client's first (a sender's mistake about the employer is the sender's
     * to see and fix, never the employer's), else the client the message named.
     */
    private static final String CLIENT = "coalesce(m.sender_client_id, m.client_id)";

    /** A client the user may test for. */
    public record LabClient(String id, String name) {}

    /** One test run of a client. */
    public record Run(
            long id,
            Instant receivedAt,
            String channel,
            String source,
            String messageType,
            String outcome,
            String codes) {}

    /** Which message kinds have passed, and which vestigingscodes the client's tests used. */
    public record Checklist(List<Kind> kinds, List<Branch> vestigingscodes) {}

    /** A message kind of a format, and whether a test of it has passed. */
    public record Kind(String format, String messageType, boolean passed) {}

    /** A vestigingscode a test message named, and whether the reference data has it for the client. */
    public record Branch(String vestigingscode, boolean registered) {}

    private final JdbcTemplate jdbc;
    private final ProducerTemplate template;
    private final Durability durability;

    public TestLab(JdbcTemplate jdbc, ProducerTemplate template, Durability durability) {
        this.jdbc = jdbc;
        this.template = template;
        this.durability = durability;
    }

    /** The clients the user may see as a whole: a test reflex is a client's, not a vestiging's. */
    public List<LabClient> clients(ClientScope scope) {
        return jdbc.query(
                "select c.client_id, c.name from client c where " + ClientScope.grantedWholeClient("c.client_id")
                        + " order by c.client_id",
                (rs, row) -> new LabClient(rs.getString("client_id"), rs.getString("name")),
                scope.userId());
    }

    public Optional<LabClient> client(ClientScope scope, String clientId) {
        return clients(scope).stream()
                .filter(client -> client.id().equals(clientId))
                .findFirst();
    }

    /**
     * Runs the content through the pipeline as a test message of the client, and makes its outcome durable
     * before the verdict is shown.
     *
     * @param uploadedBy the console user, named in the record's source
     * @param fileName the uploaded file's name, or a name for pasted XML
     */
    public Submission run(LabClient client, String uploadedBy, String fileName, byte[] content) {
        InboundMessage inbound = new InboundMessage(
                content,
                Channel.CONSOLE,
                "console/" + uploadedBy + "/" + client.id() + "/" + fileName,
                null,
                client.id(),
                // the delivery: the same content tested for another client is another test
                "console/" + client.id(),
                null,
                null,
                Instant.now(),
                true);
        Exchange result =
                template.send("direct:ingest", exchange -> exchange.getIn().setBody(inbound));
        if (result.getException() != null) {
            throw new IllegalStateException("the pipeline failed on a console upload", result.getException());
        }
        durability.flush();
        return result.getIn().getBody(Submission.class);
    }

    /** The client's test messages, newest first, from every channel. */
    public List<Run> history(LabClient client) {
        return jdbc.query(
                "select m.id, m.received_at, m.channel, m.source, m.message_type, m.outcome, m.codes from audit_message m"
                        + " where m.test and " + CLIENT + " = ? order by m.received_at desc, m.id desc limit "
                        + MAX_HISTORY,
                (rs, row) -> new Run(
                        rs.getLong("id"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getString("channel"),
                        PersonalData.mask(rs.getString("source")),
                        rs.getString("message_type"),
                        rs.getString("outcome"),
                        rs.getString("codes")),
                client.id());
    }

    public Checklist checklist(LabClient client) {
        List<String> passed = jdbc.queryForList(
                "select distinct m.message_type from audit_message m where m.test and m.outcome = 'TEST_PASSED' and "
                        + CLIENT + " = ?",
                String.class,
                client.id());
        List<Kind> kinds = new ArrayList<>();
        for (MessageFormat format : MessageFormat.values()) {
            format.rootElements().stream()
                    .sorted()
                    .forEach(type -> kinds.add(new Kind(format.name(), type, passed.contains(type))));
        }
        List<Branch> branches = jdbc.query(
                "select distinct m.vestigingscode, (select count(*) from branch b where b.client_id = ? and"
                        + " b.vestigingscode = m.vestigingscode) as registered from audit_message m where m.test and "
                        + CLIENT + " = ? and m.vestigingscode is not null order by m.vestigingscode",
                (rs, row) -> new Branch(rs.getString("vestigingscode"), rs.getInt("registered") > 0),
                client.id(),
                client.id());
        return new Checklist(kinds, branches);
    }
}
