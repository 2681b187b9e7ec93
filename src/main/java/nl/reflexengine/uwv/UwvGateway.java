package nl.reflexengine.uwv;

import nl.reflexengine.outbox.SendFailure;

/**
 * Hands one UWV message to the transport. Idempotent per kenmerk: delivering the same message again (after
 * a crash between sending and recording) must not make it two messages at UWV.
 */
public interface UwvGateway {

    /** The status the transport reports on acceptance (DELIVERED, or further along when it knows). */
    UwvStatus deliver(String kenmerk, String xml) throws SendFailure;
}
