package nl.reflexengine.uwv;

import nl.reflexengine.outbox.OutboxItem;

/** A UWV message of the outbox, claimed for sending. */
record QueuedUwvMessage(long id, String kenmerk, String xml, int attempts) implements OutboxItem {

    @Override
    public String label() {
        return kenmerk;
    }
}
