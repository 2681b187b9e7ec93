package nl.reflexengine.pipeline;

import nl.reflexengine.enrichment.EnrichedSickReport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * The message a log line is about. While a message is processed, every line its thread logs carries the
 * message's audit id, channel and client in the MDC ({@value #AUDIT_ID}, {@value #CHANNEL}, {@value
 * #CLIENT_ID}), whoever writes it: our steps, Camel's error handler, a driver. The steps set the keys as
 * they learn them: audit id and channel once the message is recorded, the client from its registered
 * sender and again once enrichment found the client the report names.
 *
 * <p>A polling thread carries one message after another, so the keys are removed when the exchange that
 * carried the message is done, failed or not (Camel's own MDC logging restores only its {@code camel.*}
 * keys). A delivery of several messages (a mail with attachments, a zip) ingests each in an exchange of
 * its own, and each message sets all three keys, so no key of one message outlives it.
 */
@Component
class MessageLogContext extends EventNotifierSupport {

    static final String AUDIT_ID = "auditId";
    static final String CHANNEL = "channel";
    static final String CLIENT_ID = "clientId";

    MessageLogContext() {
        setIgnoreCamelContextEvents(true);
        setIgnoreRouteEvents(true);
        setIgnoreServiceEvents(true);
        setIgnoreStepEvents(true);
        setIgnoreExchangeCreatedEvent(true);
        setIgnoreExchangeSendingEvents(true);
        setIgnoreExchangeSentEvents(true);
        setIgnoreExchangeRedeliveryEvents(true);
    }

    /** The message is recorded: from here on its lines name it, and the client whose sender delivered it. */
    static void received(Submission submission) {
        MDC.put(AUDIT_ID, String.valueOf(submission.auditId()));
        MDC.put(CHANNEL, submission.inbound().channel().name());
        client(submission.inbound().senderClientId());
    }

    /** Enrichment found the client the report names; a report naming none keeps the sender's client. */
    static void enriched(EnrichedSickReport enriched) {
        if (enriched != null && enriched.client() != null) {
            client(enriched.client().id());
        }
    }

    static void clear() {
        MDC.remove(AUDIT_ID);
        MDC.remove(CHANNEL);
        MDC.remove(CLIENT_ID);
    }

    private static void client(String clientId) {
        if (clientId == null) {
            MDC.remove(CLIENT_ID);
        } else {
            MDC.put(CLIENT_ID, clientId);
        }
    }

    @Override
    public boolean isEnabled(CamelEvent event) {
        return event instanceof CamelEvent.ExchangeCompletedEvent || event instanceof CamelEvent.ExchangeFailedEvent;
    }

    /** Called on the thread that ran the exchange, as its unit of work ends. */
    @Override
    public void notify(CamelEvent event) {
        clear();
    }
}
