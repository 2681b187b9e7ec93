package nl.reflexengine.mail;

import nl.reflexengine.outbox.OutboxItem;

/** A mail of the outbox, claimed for sending. */
record QueuedMail(
        long id,
        String messageId,
        String recipients,
        String subject,
        String body,
        String attachmentName,
        byte[] attachment,
        int attempts)
        implements OutboxItem {

    @Override
    public String label() {
        return messageId;
    }
}
