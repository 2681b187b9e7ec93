package nl.reflexengine.rejection;

import java.time.Instant;
import nl.reflexengine.intake.InboundMessage;
import nl.reflexengine.mail.MailText;
import nl.reflexengine.privacy.PersonalData;

/**
 * How a report names the message it answers, so the reader can find it: a mail by its subject and the time
 * it was sent (never its Message-ID, which no mail program shows), a file by its name and folder; and the
 * message's own kenmerk when it has one.
 */
final class AnsweredMessage {

    private static final int LABEL_WIDTH = 19;
    private static final int SUBJECT_MAX = 120;

    private AnsweredMessage() {}

    /**
     * For a subject line: the kenmerk and, where asked, the employee's initials ("kenmerk ZON-42 (J.)"), or
     * when there is no kenmerk, the mail's time or the file's name. Never a name or anything about health.
     */
    static String reference(ReportedMessage message, boolean withInitials) {
        InboundMessage inbound = message.inbound();
        if (message.messageId() != null && !message.messageId().isBlank()) {
            String initials =
                    withInitials && message.report() != null && message.report().employee() != null
                            ? MailText.initials(message.report().employee().initials())
                            : "";
            return "kenmerk " + PersonalData.mask(message.messageId())
                    + (initials.isEmpty() ? "" : " (" + initials + ")");
        }
        return switch (inbound.channel()) {
            case MAIL -> "mail van " + MailText.dateTime(sentOrReceived(inbound));
            case SFTP, REPLAY, CONSOLE -> "bestand " + PersonalData.mask(fileName(inbound.source()));
        };
    }

    /** The lines that identify the message, aligned as the other tables in the mails. */
    static String describe(ReportedMessage message) {
        InboundMessage inbound = message.inbound();
        StringBuilder lines = new StringBuilder();
        switch (inbound.channel()) {
            case MAIL -> {
                line(lines, "Onderwerp mail:", subject(inbound.subject()));
                if (inbound.sentAt() != null) {
                    line(lines, "Verstuurd op:", MailText.dateTime(inbound.sentAt()));
                } else {
                    line(lines, "Ontvangen op:", MailText.dateTime(inbound.receivedAt()));
                }
                String attachment = attachment(inbound);
                if (attachment != null) {
                    line(lines, "Bijlage:", PersonalData.mask(attachment));
                }
            }
            case SFTP -> {
                line(lines, "Bestand:", PersonalData.mask(fileName(inbound.source())));
                line(lines, "Map:", PersonalData.mask(folder(inbound.source())));
                line(lines, "Ontvangen op:", MailText.dateTime(inbound.receivedAt()));
            }
            case REPLAY -> {
                line(lines, "Bestand:", PersonalData.mask(fileName(inbound.source())));
                line(lines, "Ingelezen op:", MailText.dateTime(inbound.receivedAt()));
            }
            case CONSOLE -> {
                line(lines, "Bestand:", PersonalData.mask(fileName(inbound.source())));
                line(lines, "Getest op:", MailText.dateTime(inbound.receivedAt()));
            }
        }
        line(lines, "Berichtkenmerk:", PersonalData.mask(MailText.orUnknown(message.messageId())));
        return lines.toString().stripTrailing();
    }

    private static void line(StringBuilder lines, String label, String value) {
        lines.append(String.format("%-" + LABEL_WIDTH + "s%s%n", label, value).replace("\r\n", "\n"));
    }

    private static Instant sentOrReceived(InboundMessage inbound) {
        return inbound.sentAt() != null ? inbound.sentAt() : inbound.receivedAt();
    }

    private static String subject(String subject) {
        if (subject == null || subject.isBlank()) {
            return "(geen onderwerp)";
        }
        String oneLine = subject.replaceAll("\\s+", " ").trim();
        String shown = oneLine.length() > SUBJECT_MAX ? oneLine.substring(0, SUBJECT_MAX) + "..." : oneLine;
        return "\"" + PersonalData.mask(shown) + "\"";
    }

    /**
     * The attachment's name: what the mail intake added to the Message-ID ({@code <id>/ziek.xml},
     * {@code <id>/bijlagen.zip!ziek.xml}); none when the mail as a whole was rejected.
     */
    private static String attachment(InboundMessage inbound) {
        String source = inbound.source();
        String deliveryId = inbound.deliveryId();
        if (deliveryId == null || source.equals(deliveryId)) {
            return null;
        }
        String name = source.startsWith(deliveryId + "/")
                ? source.substring(deliveryId.length() + 1)
                : source.substring(source.lastIndexOf('/') + 1);
        return readable(name);
    }

    /** The file's name in its drop: {@code C-ZONNIG/test/ziek.xml} is ziek.xml. */
    private static String fileName(String source) {
        return readable(source.substring(archivePart(source).lastIndexOf('/') + 1));
    }

    /** The folder in the drop: {@code C-ZONNIG/test/ziek.xml} is C-ZONNIG/test. */
    private static String folder(String source) {
        String archive = archivePart(source);
        int slash = archive.lastIndexOf('/');
        return slash < 0 ? "" : archive.substring(0, slash);
    }

    /** The path up to a zip's entry, if any: the entry's own name may hold slashes. */
    private static String archivePart(String source) {
        int bang = source.indexOf('!');
        return bang < 0 ? source : source.substring(0, bang);
    }

    /** A file in a zip reads as "ziek.xml uit bijlagen.zip". */
    private static String readable(String name) {
        int bang = name.indexOf('!');
        if (bang < 0) {
            return name;
        }
        String entry = name.substring(bang + 1);
        return entry.substring(entry.lastIndexOf('/') + 1) + " uit " + name.substring(0, bang);
    }
}
