package nl.reflexengine.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.reflexengine.intake.InboundMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What makes two deliveries the same message, and what that means for a delivery as it arrives: content
 * already decided is a duplicate; an input whose earlier attempt never reached an outcome (the engine
 * stopped, the database failed) resumes that attempt's record, so every input keeps exactly one record.
 * A duplicate is decided by the unique dedupe key rather than by this look-up alone, so two copies
 * arriving at once cannot both pass (see {@link AuditStore#recordOutcome}).
 */
@Component
public class ContentIdentity {

    private static final Logger log = LoggerFactory.getLogger(ContentIdentity.class);

    /**
     * A delivery as recorded on arrival.
     *
     * @param duplicateOf the record of the decided copy this delivery repeats, or null
     * @param firstCopyOutcome what became of that copy (a copy of a rejected message is no success)
     */
    public record Receipt(long auditId, String sha256, String dedupeKey, Long duplicateOf, Outcome firstCopyOutcome) {

        public boolean isDuplicate() {
            return duplicateOf != null;
        }
    }

    private final AuditStore store;

    ContentIdentity(AuditStore store) {
        this.store = store;
    }

    /** Records the delivery as received: as a duplicate, as the resumption of an interrupted attempt, or new. */
    public Receipt receive(InboundMessage inbound) {
        String sha256 = sha256(inbound.raw());
        String dedupeKey = dedupeKey(inbound, sha256);
        if (!store.holdsContent(sha256)) {
            return new Receipt(store.insert(inbound, sha256, null), sha256, dedupeKey, null, null);
        }
        Long first = store.withDedupeKey(dedupeKey);
        if (first != null) {
            long id = store.insert(inbound, sha256, first);
            return new Receipt(id, sha256, dedupeKey, first, store.outcomeOf(first));
        }
        Long interrupted = store.interruptedAttempt(inbound, sha256);
        if (interrupted != null) {
            log.warn("Message {} is delivered again after an attempt without outcome; resuming it", interrupted);
            return new Receipt(interrupted, sha256, dedupeKey, null, null);
        }
        return new Receipt(store.insert(inbound, sha256, null), sha256, dedupeKey, null, null);
    }

    /** The decided copy holding this dedupe key, if another delivery decided it first. */
    public Long decidedCopy(String dedupeKey) {
        return store.withDedupeKey(dedupeKey);
    }

    /**
     * What makes two deliveries the same: the content, and for mail also the Message-ID, because one
     * attachment may rightly arrive in two mails while the same mail fetched twice is a duplicate. A test
     * delivery never makes the real one a duplicate, nor the other way round.
     */
    static String dedupeKey(InboundMessage inbound, String sha256) {
        if (inbound.deliveryId() == null && !inbound.testChannel()) {
            return sha256;
        }
        String scope = (inbound.testChannel() ? "test" : "") + "\n"
                + (inbound.deliveryId() == null ? "" : inbound.deliveryId());
        return sha256((scope + "\n" + sha256).getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of the raw bytes, hex encoded: the content's identity. */
    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
