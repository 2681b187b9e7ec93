package nl.reflexengine.uwv;

import nl.reflexengine.outbox.OutboxSender;

/**
 * Sends UWV messages through the configured gateway. The gateway has no session to open; what it answers
 * on delivery is the message's first status in the Digipoort lifecycle, written with its SENT state.
 */
class UwvSender implements OutboxSender<QueuedUwvMessage, UwvStatus> {

    private final UwvGateway gateway;
    private final UwvStatusReports statuses;

    UwvSender(UwvGateway gateway, UwvStatusReports statuses) {
        this.gateway = gateway;
        this.statuses = statuses;
    }

    @Override
    public Connection<QueuedUwvMessage, UwvStatus> connect() {
        return message -> gateway.deliver(message.kenmerk(), message.xml());
    }

    @Override
    public void delivered(QueuedUwvMessage message, UwvStatus status) {
        statuses.delivered(message.kenmerk(), status);
    }
}
