package nl.reflexengine.rejection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.reflexengine.audit.Outcome;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.mail.MailOutbox;
import nl.reflexengine.mail.MailTemplates;
import nl.reflexengine.mail.MailText;
import nl.reflexengine.mail.OutgoingMail;
import nl.reflexengine.privacy.PersonalData;
import nl.reflexengine.reference.Client;
import nl.reflexengine.reference.ReferenceCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reports what was not (or only as a test) accepted. A test message goes back to the client's process
 * manager: passed, or rejected with every violation and the original attached. A rejected production
 * message notifies its registered sender and the process manager. Each names the mail or file it answers
 * and every field as the sender's XML names it. Texts quote no value from the message, except that the
 * client's own process manager is told which registered value (vestigingscode, contract,
 * loonheffingennummer) we do not know; a quarantined message is never answered.
 */
@Component
public class RejectionReports {

    static final String TEST_PASSED = "TEST_PASSED";
    static final String TEST_REJECTED = "TEST_REJECTED";
    static final String REJECTION = "REJECTION";

    private static final Logger log = LoggerFactory.getLogger(RejectionReports.class);

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final ReferenceCatalog catalog;

    RejectionReports(MailOutbox outbox, MailTemplates templates, ReferenceCatalog catalog) {
        this.outbox = outbox;
        this.templates = templates;
        this.catalog = catalog;
    }

    /** Queues the report of a test message or a rejection, in the transaction that records the outcome. */
    public void queue(ReportedMessage message) {
        Outcome outcome = message.outcome();
        if (outcome != Outcome.TEST_PASSED && outcome != Outcome.TEST_REJECTED && outcome != Outcome.REJECTED) {
            return;
        }
        Optional<Client> client = client(message);
        if (client.isEmpty()) {
            log.warn("No client known for message {}: its {} goes to nobody", message.auditId(), outcome);
            return;
        }
        switch (outcome) {
            case TEST_PASSED ->
                queue(
                        message,
                        client.get(),
                        TEST_PASSED,
                        "test-passed",
                        List.of(client.get().processManagerEmail()),
                        true,
                        false);
            case TEST_REJECTED ->
                queue(
                        message,
                        client.get(),
                        TEST_REJECTED,
                        "test-rejected",
                        List.of(client.get().processManagerEmail()),
                        true,
                        true);
            default ->
                queue(
                        message,
                        client.get(),
                        REJECTION,
                        "rejection",
                        productionRecipients(message, client.get()),
                        false,
                        false);
        }
    }

    /** The registered sender of the message (mail only: SFTP has no address) and the process manager. */
    private static List<String> productionRecipients(ReportedMessage message, Client client) {
        Set<String> recipients = new LinkedHashSet<>();
        InboundMessage inbound = message.inbound();
        if (inbound.sender() != null && client.senderAddresses().contains(inbound.sender())) {
            recipients.add(inbound.sender());
        }
        recipients.add(client.processManagerEmail());
        return new ArrayList<>(recipients);
    }

    /**
     * Whose report it is: the client whose registered sender (mail address, drop folder) delivered the
     * message, else the client of the employer it names. A sender's mistake about the employer goes back to
     * the sender's own client, never to the employer's.
     */
    private Optional<Client> client(ReportedMessage message) {
        Optional<Client> sender = catalog.clientById(message.inbound().senderClientId());
        if (sender.isPresent()) {
            return sender;
        }
        if (message.employer() != null) {
            return Optional.of(message.employer());
        }
        String loonheffingennummer = message.loonheffingennummer();
        return loonheffingennummer == null
                ? Optional.empty()
                : catalog.clientByLoonheffingennummer(loonheffingennummer);
    }

    /** The original goes along only as XML that belongs to the reader's own client. */
    private static boolean mayAttachOriginal(ReportedMessage message, Client client) {
        boolean ownEmployer =
                message.employer() == null || message.employer().id().equals(client.id());
        return message.xml() && ownEmployer;
    }

    /**
     * @param processManagerOnly the mail goes to the client's own process manager and nobody else: only
     *     then may it name a value we do not know, and it needs no initials to be recognised
     */
    private void queue(
            ReportedMessage message,
            Client client,
            String kind,
            String template,
            List<String> recipients,
            boolean processManagerOnly,
            boolean attachOriginal) {
        InboundMessage inbound = message.inbound();
        var report = message.report();
        boolean attached = attachOriginal && mayAttachOriginal(message, client);
        var rendered = templates.render(
                template,
                Map.ofEntries(
                        Map.entry("clientName", client.name()),
                        Map.entry("reference", AnsweredMessage.reference(message, !processManagerOnly)),
                        Map.entry("delivery", AnsweredMessage.describe(message)),
                        Map.entry("messageType", messageType(message)),
                        Map.entry(
                                "payrollSystem",
                                report == null
                                        ? "onbekend"
                                        : MailText.orUnknown(report.header().payrollSystem())),
                        Map.entry(
                                "vestigingscode",
                                report == null
                                                || report.employer() == null
                                                || report.employer().vestigingscode() == null
                                        ? "niet opgegeven"
                                        : PersonalData.mask(report.employer().vestigingscode())),
                        Map.entry("findingsHeading", Findings.heading(message.violations())),
                        Map.entry("violations", Findings.render(message, processManagerOnly)),
                        Map.entry(
                                "attachmentNote",
                                attached ? "Het oorspronkelijke bericht zit als bijlage bij deze mail.\n" : ""),
                        Map.entry("closing", closing(message))));
        outbox.queue(new OutgoingMail(
                kind,
                message.auditId(),
                client.id(),
                recipients,
                rendered.subject(),
                rendered.body(),
                attached ? attachmentName(inbound) : null,
                attached ? inbound.raw() : null));
    }

    /** A defect of ours asks nothing of the sender; anything else asks for a corrected message. */
    private static String closing(ReportedMessage message) {
        return Findings.oursOnly(message.violations())
                ? "Wij verwerken het bericht opnieuw zodra de fout is hersteld."
                : "Corrigeer het bericht in het verloningssysteem en stuur het opnieuw.";
    }

    private static String attachmentName(InboundMessage inbound) {
        String source = inbound.source();
        String name = source.substring(Math.max(Math.max(source.lastIndexOf('/'), source.lastIndexOf('!')), -1) + 1);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".xml") ? name : "bericht.xml";
    }

    /** The message's type, and for a WAZO application that it asks for leave: the reader must not think sickness. */
    private static String messageType(ReportedMessage message) {
        String type = MailText.orUnknown(message.messageType());
        return message.report() != null && message.report().isLeaveApplication()
                ? type + " (aanvraag WAZO-verlof, geen ziekmelding)"
                : type;
    }
}
