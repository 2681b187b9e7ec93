package nl.reflexengine.outbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.reflexengine.durability.Durability;
import nl.reflexengine.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what an outbox holds: one state machine for every outbox (mail, UWV). Due items are claimed in
 * the database (QUEUED to SENDING, rows locked with {@code FOR UPDATE SKIP LOCKED}) before they are sent,
 * so two dispatchers, in one engine or in several, never send the same item. An item left SENDING by a
 * stopped engine is sent again after a while ({@code stale-sending-ms}), which each sender makes harmless
 * (a fixed Message-ID, a kenmerk). A failed item is retried with doubling delays until its attempts are
 * spent, then FAILED until an operator puts it back ({@link #requeue}). An endpoint that cannot be reached
 * at all is nobody's fault: sending pauses ({@link EndpointOutage}) and no item spends an attempt on it.
 *
 * <p>Nothing leaves before the outcome that queued it is on disk, and an item is marked SENT on disk before
 * the next one goes (see {@link Durability}).
 */
public class OutboxDispatcher<T extends OutboxItem, R> {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);
    static final int BATCH = 50;

    private final OutboxTable<T> table;
    private final String noun;
    private final OutboxSender<T, R> sender;
    private final OutboxSettings settings;
    private final EndpointOutage endpoint;
    private final Durability durability;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Statements sql;

    /**
     * @param noun how the log names one item ("Mail", "UWV message")
     */
    public OutboxDispatcher(
            OutboxTable<T> table,
            String noun,
            OutboxSender<T, R> sender,
            OutboxSettings settings,
            EndpointOutage endpoint,
            Durability durability,
            JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.table = table;
        this.noun = noun;
        this.sender = sender;
        this.settings = settings;
        this.endpoint = endpoint;
        this.durability = durability;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.sql = new Statements(table);
    }

    /**
     * Sends what is due, batch after batch while batches come back full or send something (a busy morning
     * must not wait a poll period per batch, nor a message that waited for the one before it), for at most
     * one drain period; returns how many items went out.
     */
    public int drain() {
        return Drain.batches(this::sendBatch);
    }

    /**
     * Puts a FAILED item back in the queue with a fresh set of attempts. What it went through so far (its
     * attempts, state and last error) is kept in {@code outbox_requeue}.
     *
     * @throws IllegalArgumentException when there is no such item, or it has not failed
     */
    public void requeue(long id) {
        transaction.executeWithoutResult(status -> putBack(id));
        durability.flush();
    }

    /** The outbox's name (mail, uwv), as commands and metrics name it. */
    public String outboxName() {
        return table.outbox();
    }

    /** Items waiting to be sent (queued or being sent). */
    double waiting() {
        return count("status in ('QUEUED', 'SENDING')");
    }

    /** Items that failed for good. */
    double failed() {
        return count("status = 'FAILED'");
    }

    /** Seconds the oldest waiting item has waited; 0 when none waits. */
    double oldestWaitingSeconds() {
        java.sql.Timestamp oldest = jdbc.queryForObject(
                "select min(created_at) from " + table.name() + " where status in ('QUEUED', 'SENDING')",
                java.sql.Timestamp.class);
        return oldest == null ? 0 : Math.max(0, (System.currentTimeMillis() - oldest.getTime()) / 1000.0);
    }

    private double count(String condition) {
        Long items = jdbc.queryForObject("select count(*) from " + table.name() + " where " + condition, Long.class);
        return items == null ? 0 : items;
    }

    /** Puts every FAILED item back ({@link #requeue}), in one transaction; returns how many. */
    public int requeueAllFailed() {
        Integer requeued = transaction.execute(status -> {
            List<Long> failed = jdbc.queryForList(sql.allFailed, Long.class);
            failed.forEach(this::putBack);
            return failed.size();
        });
        durability.flush();
        return requeued;
    }

    private void putBack(long id) {
        List<Map<String, Object>> rows = jdbc.queryForList(sql.lockForRequeue, id);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("there is no " + table.outbox() + " item with id " + id);
        }
        Map<String, Object> row = rows.get(0);
        if (!OutboxState.FAILED.name().equals(row.get("STATUS"))) {
            throw new IllegalArgumentException(
                    table.outbox() + " item " + id + " is " + row.get("STATUS") + "; only FAILED items are requeued");
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                sql.keepHistory,
                table.outbox(),
                id,
                now,
                row.get("STATUS"),
                row.get("ATTEMPTS"),
                row.get("LAST_ERROR"));
        jdbc.update(sql.requeue, now, now, id);
        log.info("{} {} put back in the queue by an operator", noun, id);
    }

    private Drain.Batch sendBatch() {
        if (endpoint.paused()) {
            return Drain.Batch.NOTHING;
        }
        // after an outage one item probes the endpoint; a whole batch claimed for a dead endpoint would sit
        // SENDING until it is released again
        boolean probe = endpoint.down();
        List<T> due = claimDue(probe ? sql.selectProbe : sql.selectDue);
        if (due.isEmpty()) {
            return Drain.Batch.NOTHING;
        }
        // an item must not leave before the outcome that queued it is on disk: a crash would lose the
        // outcome, the message would be read again and its mail or UWV message sent a second time
        durability.flush();
        int sent = 0;
        OutboxSender.Connection<T, R> connection = null;
        try {
            for (int next = 0; next < due.size(); next++) {
                T item = due.get(next);
                if (connection == null || !connection.isOpen()) {
                    close(connection);
                    connection = connect();
                }
                if (connection == null || endpoint.paused()) {
                    release(due.subList(next, due.size())); // the endpoint is down: untouched, no attempt spent
                    break;
                }
                if (send(connection, item)) {
                    sent++;
                }
            }
        } finally {
            close(connection);
        }
        // another batch while this one was full or sent anything: what it sent may have let others become due
        // (a UWV follow-up waits for its Ziekteaangifte), and a probe that got through lets the rest follow
        return new Drain.Batch(sent, (due.size() == BATCH || sent > 0) && !endpoint.paused());
    }

    /** Resets items a stopped engine left SENDING, then claims the due ones, oldest first. */
    private List<T> claimDue(String select) {
        Instant now = Instant.now();
        jdbc.update(sql.resetStale, Timestamp.from(now), Timestamp.from(now.minusMillis(settings.staleSendingMs())));
        return transaction.execute(status -> {
            List<T> due = jdbc.query(select, table.items(), Timestamp.from(now));
            Timestamp claimedAt = Timestamp.from(Instant.now());
            int[] claimed = jdbc.batchUpdate(
                    sql.claim,
                    due.stream()
                            .map(item -> new Object[] {claimedAt, item.id()})
                            .toList());
            // only what this dispatcher moved from QUEUED to SENDING is its own to send
            List<T> mine = new ArrayList<>(due.size());
            for (int i = 0; i < due.size(); i++) {
                if (claimed[i] == 1) {
                    mine.add(due.get(i));
                }
            }
            return mine;
        });
    }

    private OutboxSender.Connection<T, R> connect() {
        try {
            return sender.connect(); // reachable once an item went through: some senders connect lazily
        } catch (SendFailure e) {
            endpoint.unreachable(e);
            return null;
        }
    }

    private boolean send(OutboxSender.Connection<T, R> connection, T item) {
        int attempt = item.attempts() + 1;
        R receipt;
        try {
            receipt = connection.send(item);
            endpoint.reachable();
        } catch (SendFailure e) {
            if (e.endpointDown()) {
                endpoint.unreachable(e);
                jdbc.update(sql.release, masked(e), Timestamp.from(Instant.now()), item.id());
                return false;
            }
            return failed(item, attempt, e, e.retryable());
        } catch (RuntimeException e) {
            return failed(item, attempt, e, true);
        }
        // recorded outside the send's try: a hiccup here leaves the item SENDING, and the stale reset decides
        // later, instead of booking an item that went out as failed and sending it again at once
        transaction.executeWithoutResult(status -> {
            jdbc.update(sql.sent, attempt, sender.note(receipt), Timestamp.from(Instant.now()), item.id());
            sender.delivered(item, receipt);
        });
        durability.flush(); // SENT is on disk before the next item goes: after a crash it is never sent again
        log.info("{} {} sent", noun, item.label());
        return true;
    }

    private boolean failed(T item, int attempt, Exception e, boolean retryable) {
        boolean retry = retryable && attempt < settings.maxAttempts();
        Instant next = Instant.now().plus(settings.retryDelay(attempt));
        jdbc.update(
                sql.failed(retry), attempt, Timestamp.from(next), masked(e), Timestamp.from(Instant.now()), item.id());
        log.warn(
                "{} {} not sent (attempt {}): {}; {}",
                noun,
                item.label(),
                attempt,
                PersonalData.mask(e.getMessage()),
                retry ? "retrying at " + next : "FAILED, operations must act (requeue)");
        return false;
    }

    private void release(List<T> items) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate(
                sql.releaseUntried,
                items.stream().map(item -> new Object[] {now, item.id()}).toList());
    }

    private static String masked(Exception e) {
        String message = PersonalData.mask(String.valueOf(e.getMessage()));
        return message.length() <= 1000 ? message : message.substring(0, 1000);
    }

    private static <T extends OutboxItem, R> void close(OutboxSender.Connection<T, R> connection) {
        if (connection != null) {
            connection.close();
        }
    }

    /** The statements of one outbox table: the same for every outbox, only the table differs. */
    private static final class Statements {
        final String resetStale;
        final String selectDue;
        final String selectProbe;
        final String claim;
        final String sent;
        final String retry;
        final String fail;
        final String release;
        final String releaseUntried;
        final String lockForRequeue;
        final String keepHistory;
        final String requeue;
        final String allFailed;

        Statements(OutboxTable<?> table) {
            String t = table.name();
            resetStale = "update " + t
                    + " set status = 'QUEUED', updated_at = ? where status = 'SENDING' and updated_at < ?";
            // portable (H2, PostgreSQL): several dispatchers each claim other rows, none waits for another
            selectDue = "select " + table.columns() + " from " + t + " where status = 'QUEUED' and next_attempt_at <= ?"
                    + table.dueWhen() + " order by id fetch first " + BATCH + " rows only for update skip locked";
            selectProbe = selectDue.replace(" fetch first " + BATCH + " rows", " fetch first 1 rows");
            claim = "update " + t + " set status = 'SENDING', updated_at = ? where id = ? and status = 'QUEUED'";
            sent = "update " + t + " set status = 'SENT', attempts = ?, last_error = ?, updated_at = ? where id = ?";
            String failedUpdate = " attempts = ?, next_attempt_at = ?, last_error = ?, updated_at = ? where id = ?";
            retry = "update " + t + " set status = 'QUEUED'," + failedUpdate;
            fail = "update " + t + " set status = 'FAILED'," + failedUpdate;
            release = "update " + t + " set status = 'QUEUED', last_error = ?, updated_at = ? where id = ?";
            releaseUntried =
                    "update " + t + " set status = 'QUEUED', updated_at = ? where id = ? and status = 'SENDING'";
            lockForRequeue = "select status, attempts, last_error from " + t + " where id = ? for update";
            keepHistory = "insert into outbox_requeue (outbox, item_id, requeued_at, previous_status, attempts,"
                    + " last_error) values (?, ?, ?, ?, ?, ?)";
            requeue = "update " + t + " set status = 'QUEUED', attempts = 0, next_attempt_at = ?, last_error = null,"
                    + " updated_at = ?" + table.resetOnRequeue() + " where id = ?";
            allFailed = "select id from " + t + " where status = 'FAILED' order by id for update";
        }

        String failed(boolean retry) {
            return retry ? this.retry : fail;
        }
    }
}
