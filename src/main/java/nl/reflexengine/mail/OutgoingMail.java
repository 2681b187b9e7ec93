package nl.reflexengine.mail;

import java.util.List;

/**
 * A mail to queue. The kind and the audit record together name it: its Message-ID is derived from them.
 *
 * @param attachmentName the original message's file name when it goes along, else null
 */
public record OutgoingMail(
        String kind,
        long auditId,
        String clientId,
        List<String> recipients,
        String subject,
        String body,
        String attachmentName,
        byte[] attachment) {

    public OutgoingMail {
        recipients = List.copyOf(recipients);
    }
}
