package nl.reflexengine.uwv;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import nl.reflexengine.audit.Durability;
import nl.reflexengine.audit.PersonalData;
import nl.reflexengine.outbox.Drain;
import nl.reflexengine.outbox.EndpointOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Delivers queued UWV messages through the gateway. Each message is claimed (QUEUED to SENDING) in the
 * database before it is sent, so two dispatchers never send it both; a message left SENDING by a stopped
 * engine is sent again after a while, which the kenmerk makes harmless. Failures are retried with doubling
 * delays; after the last attempt, or on an answer that will never change, the message is FAILED. An
 * endpoint that cannot be reached at all is nobody's fault: forwarding pauses (see {@link EndpointOutage})
 * and the message goes back to the queue without spending an attempt.
 */
@Component("uwvDispatcher")
public class UwvDispatcher {

    private static final Logger log = LoggerFactory.getLogger(UwvDispatcher.class);
    private static final int BATCH = 50;

    private record Due(long id, String kenmerk, String xml, int attempts) {}

    private final JdbcTemplate jdbc;
    private final UwvGateway gateway;
    private final UwvProperties properties;
    private final EndpointOutage endpoint;
    private final Durability durability;

    public UwvDispatcher(
            JdbcTemplate jdbc,
            UwvGateway gateway,
            UwvProperties properties,
            @Qualifier("uwvEndpoint") EndpointOutage endpoint,
            Durability durability) {
        this.jdbc = jdbc;
        this.gateway = gateway;
        this.properties = properties;
        this.endpoint = endpoint;
        this.durability = durability;
    }

    /**
     * Sends what is due, batch after batch while batches come back full, for at most one drain period;
     * returns how many were delivered.
     */
    public int dispatchDue() {
        return Drain.batches(this::dispatchBatch);
    }

    private Drain.Batch dispatchBatch() {
        if (endpoint.paused()) {
            return Drain.Batch.NOTHING;
        }
        Instant now = Instant.now();
        jdbc.update(
                "update uwv_message set status = 'QUEUED', updated_at = ? where status = 'SENDING' and updated_at < ?",
                Timestamp.from(now),
                Timestamp.from(now.minusMillis(properties.staleSendingMs())));
        List<Due> due = jdbc.query(
                "select id, kenmerk, xml, attempts from uwv_message where status = 'QUEUED' and next_attempt_at <= ?"
                        + " order by id limit " + BATCH,
                (rs, row) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                Timestamp.from(now));
        if (!due.isEmpty()) {
            // nothing reaches UWV before the acceptance that queued it is on disk (see Durability)
            durability.flush();
        }
        int delivered = 0;
        for (Due message : due) {
            if (endpoint.paused()) {
                break; // the endpoint went down during this batch: the rest stays QUEUED, untouched
            }
            if (claim(message) && send(message)) {
                delivered++;
            }
        }
        return new Drain.Batch(delivered, due.size() == BATCH && !endpoint.paused());
    }

    /**
     * Records what Digipoort or UWV later says about a sent message: a Digipoort status code (301, 400,
     * 410, ...) or UWV's answer (ACCEPTED, ACCEPTED_WITH_WARNINGS, REJECTED). A status only moves a message
     * forward: a late "delivered" never undoes "accepted". Returns whether it changed anything.
     */
    public boolean recordStatus(String kenmerk, String report) {
        UwvStatus status = parse(report == null ? "" : report.trim());
        String current = jdbc.query(
                "select status from uwv_message where kenmerk = ?", rs -> rs.next() ? rs.getString(1) : null, kenmerk);
        if (current == null) {
            log.warn("Status {} for unknown UWV message {} ignored", status, kenmerk);
            return false;
        }
        UwvStatus was = UwvStatus.valueOf(current);
        if (was.isFinal() || status.ordinal() <= was.ordinal()) {
            return false;
        }
        jdbc.update(
                "update uwv_message set status = ?, updated_at = ? where kenmerk = ? and status = ?",
                status.name(),
                Timestamp.from(Instant.now()),
                kenmerk,
                current);
        if (status == UwvStatus.REJECTED || status == UwvStatus.FAILED) {
            log.warn("UWV message {} is {}: operations must act", kenmerk, status);
        } else {
            log.info("UWV message {} is {}", kenmerk, status);
        }
        return true;
    }

    private static UwvStatus parse(String report) {
        if (report.matches("[0-9]{3}")) {
            return UwvStatus.ofDigipoortCode(Integer.parseInt(report))
                    .orElseThrow(() -> new IllegalArgumentException("unknown Digipoort status " + report));
        }
        UwvStatus answer = UwvStatus.valueOf(report.toUpperCase(java.util.Locale.ROOT));
        if (answer != UwvStatus.ACCEPTED
                && answer != UwvStatus.ACCEPTED_WITH_WARNINGS
                && answer != UwvStatus.REJECTED) {
            throw new IllegalArgumentException("not a UWV answer: " + report);
        }
        return answer;
    }

    private boolean claim(Due message) {
        return jdbc.update(
                        "update uwv_message set status = 'SENDING', updated_at = ? where id = ? and status = 'QUEUED'",
                        Timestamp.from(Instant.now()),
                        message.id())
                == 1;
    }

    private boolean send(Due message) {
        int attempt = message.attempts() + 1;
        UwvStatus status;
        try {
            status = gateway.deliver(message.kenmerk(), message.xml());
            endpoint.reachable();
        } catch (UwvDeliveryException | RuntimeException e) {
            if (e instanceof UwvDeliveryException delivery && delivery.endpointDown()) {
                endpoint.unreachable(e);
                jdbc.update(
                        "update uwv_message set status = 'QUEUED', last_error = ?, updated_at = ? where id = ?",
                        PersonalData.mask(String.valueOf(e.getMessage())),
                        Timestamp.from(Instant.now()),
                        message.id());
                return false;
            }
            boolean retry = (!(e instanceof UwvDeliveryException delivery) || delivery.retryable())
                    && attempt < properties.maxAttempts();
            Instant next = Instant.now().plusMillis(properties.retryDelayMs() << Math.min(attempt - 1, 20));
            jdbc.update(
                    "update uwv_message set status = ?, attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ?"
                            + " where id = ?",
                    retry ? UwvStatus.QUEUED.name() : UwvStatus.FAILED.name(),
                    attempt,
                    Timestamp.from(next),
                    PersonalData.mask(String.valueOf(e.getMessage())),
                    Timestamp.from(Instant.now()),
                    message.id());
            log.warn(
                    "UWV message {} not delivered (attempt {}): {}; {}",
                    message.kenmerk(),
                    attempt,
                    PersonalData.mask(e.getMessage()),
                    retry ? "retrying at " + next : "FAILED, operations must act");
            return false;
        }
        // recorded outside the delivery's try: a hiccup here leaves the message SENDING for the stale reset,
        // never booked as failed after it went out
        jdbc.update(
                "update uwv_message set status = ?, attempts = ?, last_error = null, updated_at = ? where id = ?",
                status.name(),
                attempt,
                Timestamp.from(Instant.now()),
                message.id());
        durability.flush();
        if (status == UwvStatus.FAILED || status == UwvStatus.REJECTED) {
            log.warn("UWV message {} was delivered but reported {}: operations must act", message.kenmerk(), status);
        } else {
            log.info("UWV message {} delivered: {}", message.kenmerk(), status);
        }
        return true;
    }
}
