package nl.reflexengine.replay;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import nl.reflexengine.audit.AuditStore;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.intake.Delivery;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.intake.IntakeProperties;
import nl.reflexengine.intake.mail.MailIntake;
import nl.reflexengine.intake.sftp.SftpIntake;
import nl.reflexengine.pipeline.Deliveries;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.uwv.UwvOutbox;
import nl.reflexengine.violation.Violation;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * Replays the deliveries of an archive through the production intake and ingest route, one at a time in
 * the order they were received, each judged as of when it was received, and hands on the outcome of every message. A mail
 * goes through the mailbox's intake (sender check, attachments, zips, every mail-level rejection), a file
 * through the drops'. The caller starts the engine in its dry-run profile: a throw-away store, no mail,
 * nothing sent to UWV; what is queued for UWV counts as sent at once (see {@link UwvOutbox#assumeSent}).
 */
@Component
public class ReplayCommand {

    /** For parsing raw MIME only: nothing is sent or fetched through it. */
    private static final Session LOCAL = Session.getInstance(new Properties());

    /** One replayed message: its report row, and what a comparison matches it by. */
    record Replayed(ReplayReport.Row row, String sha256, String clientId) {}

    private final ProducerTemplate template;
    private final MailIntake mailIntake;
    private final SftpIntake sftpIntake;
    private final Deliveries deliveries;
    private final AuditStore audit;
    private final UwvOutbox uwv;
    private final long maxMailBytes;

    public ReplayCommand(
            ProducerTemplate template,
            MailIntake mailIntake,
            SftpIntake sftpIntake,
            Deliveries deliveries,
            AuditStore audit,
            UwvOutbox uwv,
            IntakeProperties intake) {
        this.template = template;
        this.mailIntake = mailIntake;
        this.sftpIntake = sftpIntake;
        this.deliveries = deliveries;
        this.audit = audit;
        this.uwv = uwv;
        this.maxMailBytes = intake.maxMailBytes();
    }

    /** How the engine's settings name the drops' folders: what a folder of the archive means. */
    ArchiveReader.Folders folders() {
        return new ArchiveReader.Folders(sftpIntake::isClientFolder, sftpIntake::isTestFolder);
    }

    long maxMailBytes() {
        return maxMailBytes;
    }

    /** Replays one delivery and hands on each of its messages' outcomes, in the delivery's order. */
    List<Replayed> replay(ArchivedDelivery archived, ArchiveReader reader) {
        Delivery delivery = open(archived, reader);
        String envelopeSource = delivery.envelope().source();
        List<Replayed> replayed = new ArrayList<>();
        if (delivery.hasProblem()) {
            replayed.add(replayed(archived.source(), archived.receipt(), deliveries.recordUnusable(delivery)));
            return replayed;
        }
        for (InboundMessage message : delivery.messages()) {
            // a mail's messages are named by its Message-ID and attachment: the report names the archive's file
            String source = archived.source() + message.source().substring(envelopeSource.length());
            Submission submission = ingest(message);
            if (!submission.uwvFlows().isEmpty()) {
                uwv.assumeSent();
            }
            replayed.add(replayed(source, archived.receipt(), submission));
        }
        return replayed;
    }

    private Delivery open(ArchivedDelivery archived, ArchiveReader reader) {
        if (archived instanceof ArchivedDelivery.Mail mail) {
            return mailIntake.open(parsed(mail), mail.test(), mail.receipt().at());
        }
        ArchivedDelivery.DroppedFile file = (ArchivedDelivery.DroppedFile) archived;
        try (InputStream in = reader.open(file.file())) {
            return sftpIntake.open(
                    in,
                    file.source(),
                    new SftpIntake.FileOrigin(
                            Channel.REPLAY,
                            null,
                            file.clientId(),
                            file.test(),
                            file.receipt().at()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.source(), e);
        }
    }

    private static MimeMessage parsed(ArchivedDelivery.Mail mail) {
        try {
            return new MimeMessage(LOCAL, new ByteArrayInputStream(mail.mime()));
        } catch (MessagingException e) {
            // as a mail server would hand it over: the intake finds it unreadable and says so
            try {
                MimeMessage unreadable = new MimeMessage(LOCAL);
                unreadable.setContent(mail.mime(), "application/octet-stream");
                return unreadable;
            } catch (MessagingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private Submission ingest(InboundMessage inbound) {
        Exchange result =
                template.send("direct:ingest", exchange -> exchange.getIn().setBody(inbound));
        if (result.getException() != null) {
            throw new ReplayFailedException(inbound.source(), result.getException());
        }
        return result.getIn().getBody(Submission.class);
    }

    private Replayed replayed(String source, Receipt receipt, Submission submission) {
        ReplayReport.Row row = new ReplayReport.Row(
                source,
                submission.messageId(),
                submission.format() == null ? "" : submission.format().name(),
                submission.isTest(),
                submission.outcome(),
                String.join(";", submission.uwvFlows()),
                Violation.codes(submission.violations()),
                Details.received(detail(submission), receipt.from()),
                receipt.at(),
                submission.claim());
        String client = submission.clientId() != null
                ? submission.clientId()
                : submission.inbound().senderClientId();
        return new Replayed(row, submission.sha256(), client);
    }

    private String detail(Submission submission) {
        if (submission.outcome() == Outcome.DUPLICATE) {
            return Details.duplicateOf(audit.sourceOf(submission.duplicateOf()));
        }
        List<Violation> violations = submission.violations();
        if (!violations.isEmpty()) {
            return Details.violations(
                    violations.stream().map(Violation::field).toList(),
                    violations.stream().map(Violation::message).toList());
        }
        return Details.kind(submission.report().kind(), submission.clientId());
    }
}
