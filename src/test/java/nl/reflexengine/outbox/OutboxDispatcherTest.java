package nl.reflexengine.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.reflexengine.durability.Durability;
import nl.reflexengine.testing.FreshRecords;
import nl.reflexengine.testing.StoreTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one outbox mechanism, on the mail outbox's table and a sender of this test's that answers as it is
 * told: claiming, retries, outages, stale items, two dispatchers, and putting failed items back.
 */
@StoreTest
class OutboxDispatcherTest {

    static final OutboxTable<Item> TABLE = new OutboxTable<>(
            "mail_outbox",
            "mail",
            "id, message_id, attempts",
            (rs, row) -> new Item(rs.getLong("id"), rs.getString("message_id"), rs.getInt("attempts")),
            "",
            "");

    static final OutboxSettings SETTINGS = new OutboxSettings(3, 1000, 60_000, 100, 5000);

    record Item(long id, String label, int attempts) implements OutboxItem {}

    /** What the endpoint does with the next item of a given label; by default it takes it. */
    enum Answer {
        TAKE,
        RETRY,
        REFUSE,
        DOWN
    }

    /** An endpoint that answers as the test tells it, and counts what it took. */
    static final class Endpoint implements OutboxSender<Item, String> {
        final Map<String, Answer> answers = new ConcurrentHashMap<>();
        final List<String> taken = new CopyOnWriteArrayList<>();
        final List<String> tried = new CopyOnWriteArrayList<>();
        /** Runs at every try, while the item is claimed: what the outbox looks like then. */
        volatile Runnable onTry = () -> {};

        @Override
        public Connection<Item, String> connect() {
            return item -> switch (tried(item)) {
                case TAKE -> {
                    taken.add(item.label());
                    yield null;
                }
                case RETRY -> throw SendFailure.retryable("try again later", null);
                case REFUSE -> throw SendFailure.permanent("never", null);
                case DOWN -> throw SendFailure.endpointDown("no connection", null);
            };
        }

        private Answer tried(Item item) {
            tried.add(item.label());
            onTry.run();
            return answers.getOrDefault(item.label(), Answer.TAKE);
        }
    }

    /** A clock the test moves on, past an outage's pause. */
    static final class TestClock extends Clock {
        private volatile Instant now = Instant.now();

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Durability durability;

    final Endpoint endpoint = new Endpoint();
    final EndpointOutage outage = new EndpointOutage("test endpoint", Duration.ofSeconds(5), Duration.ofSeconds(5));
    long auditId;

    @BeforeEach
    void emptyOutbox() {
        FreshRecords.forgetAll(jdbc);
        jdbc.update(
                "insert into audit_message (received_at, channel, source, sha256, size_bytes, raw_message)"
                        + " values (current_timestamp, 'REPLAY', 'outbox-test', ?, 0, ?)",
                "0".repeat(64),
                new byte[0]);
        auditId = jdbc.queryForObject("select max(id) from audit_message", Long.class);
    }

    @Test
    void eachDueItemIsSentOnceAndMarkedSent() {
        long a = queue("a");
        long b = queue("b");

        assertThat(dispatcher().drain()).isEqualTo(2);
        assertThat(dispatcher().drain()).as("never twice").isZero();

        assertThat(endpoint.taken).containsExactly("a", "b");
        assertThat(state(a)).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 1);
        assertThat(state(b)).containsEntry("STATUS", "SENT");
    }

    @Test
    void aFailingItemIsRetriedWithDoublingDelaysUntilItsAttemptsAreSpent() {
        long id = queue("flaky");
        endpoint.answers.put("flaky", Answer.RETRY);

        for (int attempt = 1; attempt <= 2; attempt++) {
            Instant before = Instant.now();
            dispatcher().drain();
            assertThat(state(id)).containsEntry("STATUS", "QUEUED").containsEntry("ATTEMPTS", attempt);
            Instant next = ((Timestamp) jdbc.queryForObject(
                            "select next_attempt_at from mail_outbox where id = ?", Timestamp.class, id))
                    .toInstant();
            assertThat(next)
                    .isBetween(
                            before.plusMillis(1000L << (attempt - 1)),
                            Instant.now().plusMillis(1000L << (attempt - 1)));
            assertThat(dispatcher().drain())
                    .as("not due before its next attempt")
                    .isZero();
            makeDue(id);
        }
        dispatcher().drain();

        assertThat(state(id)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 3);
        assertThat((String) state(id).get("LAST_ERROR")).isEqualTo("try again later");
    }

    @Test
    void anItemTheEndpointRefusesForGoodFailsAtOnce() {
        long id = queue("refused");
        endpoint.answers.put("refused", Answer.REFUSE);

        dispatcher().drain();

        assertThat(state(id)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 1);
    }

    @Test
    void anUnreachableEndpointCostsNoItemAnAttemptAndPausesSending() {
        long first = queue("first");
        long second = queue("second");
        endpoint.answers.put("first", Answer.DOWN);

        OutboxDispatcher<Item, String> dispatcher = dispatcher();
        assertThat(dispatcher.drain()).isZero();

        assertThat(state(first)).containsEntry("STATUS", "QUEUED").containsEntry("ATTEMPTS", 0);
        assertThat(state(second)).containsEntry("STATUS", "QUEUED").containsEntry("ATTEMPTS", 0);
        assertThat(outage.paused()).isTrue();
        endpoint.answers.remove("first");
        assertThat(dispatcher.drain())
                .as("paused: the endpoint is left alone for a while")
                .isZero();
        outage.reachable();
        assertThat(dispatcher.drain()).isEqualTo(2);
    }

    @Test
    void afterAnOutageOneItemProbesTheEndpointAndTheRestFollowsOnceItAnswers() {
        List<String> labels = List.of("probe-1", "probe-2", "probe-3");
        labels.forEach(label -> {
            queue(label);
            endpoint.answers.put(label, Answer.DOWN);
        });
        TestClock clock = new TestClock();
        EndpointOutage outage =
                new EndpointOutage("test endpoint", Duration.ofSeconds(5), Duration.ofSeconds(5), clock);
        OutboxDispatcher<Item, String> dispatcher =
                new OutboxDispatcher<>(TABLE, "Test item", endpoint, SETTINGS, outage, durability, jdbc, transaction);
        dispatcher.drain();
        endpoint.tried.clear();

        List<Integer> claimedWhileTrying = new CopyOnWriteArrayList<>();
        endpoint.onTry = () -> claimedWhileTrying.add(
                jdbc.queryForObject("select count(*) from mail_outbox where status = 'SENDING'", Integer.class));
        clock.advance(Duration.ofSeconds(6));
        dispatcher.drain();

        assertThat(endpoint.tried).as("one item tries a dead endpoint").containsExactly("probe-1");
        assertThat(claimedWhileTrying)
                .as("and only that one is claimed meanwhile")
                .containsExactly(1);
        assertThat(jdbc.queryForList("select status from mail_outbox", String.class))
                .as("none of them left claimed")
                .containsOnly("QUEUED");

        labels.forEach(endpoint.answers::remove);
        clock.advance(Duration.ofSeconds(6));
        assertThat(dispatcher.drain())
                .as("the probe went through, the rest follows at once")
                .isEqualTo(3);
        assertThat(endpoint.taken).containsExactlyElementsOf(labels);
    }

    @Test
    void anItemLeftSendingByAStoppedEngineIsSentAgainOnceStale() {
        long stale = queue("stale");
        long fresh = queue("fresh");
        jdbc.update(
                "update mail_outbox set status = 'SENDING', updated_at = ? where id = ?",
                Timestamp.from(Instant.now().minusMillis(SETTINGS.staleSendingMs() + 1000)),
                stale);
        jdbc.update(
                "update mail_outbox set status = 'SENDING', updated_at = ? where id = ?",
                Timestamp.from(Instant.now()),
                fresh);

        assertThat(dispatcher().drain()).isEqualTo(1);

        assertThat(endpoint.taken).containsExactly("stale");
        assertThat(state(fresh)).as("maybe still being sent elsewhere").containsEntry("STATUS", "SENDING");
    }

    @Test
    void twoDispatchersDrainingTogetherNeverSendTheSameItem() throws Exception {
        int items = 240;
        for (int i = 0; i < items; i++) {
            queue("item-" + i);
        }
        OutboxDispatcher<Item, String> one = dispatcher();
        OutboxDispatcher<Item, String> other = dispatcher();
        AtomicInteger sent = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = List.of(
                    threads.submit(() -> sent.addAndGet(one.drain())),
                    threads.submit(() -> sent.addAndGet(other.drain())));
            for (Future<?> drain : running) {
                drain.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(sent.get()).isEqualTo(items);
        assertThat(endpoint.taken).hasSize(items).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where status = 'SENT'", Integer.class))
                .isEqualTo(items);
    }

    @Test
    void aFailedItemPutBackIsSentWithFreshAttemptsAndItsHistoryKept() {
        long id = queue("requeued");
        endpoint.answers.put("requeued", Answer.REFUSE);
        dispatcher().drain();
        endpoint.answers.remove("requeued");

        dispatcher().requeue(id);

        assertThat(state(id)).containsEntry("STATUS", "QUEUED").containsEntry("ATTEMPTS", 0);
        assertThat(jdbc.queryForMap(
                        "select outbox, previous_status, attempts, last_error from outbox_requeue where item_id = ?",
                        id))
                .containsEntry("OUTBOX", "mail")
                .containsEntry("PREVIOUS_STATUS", "FAILED")
                .containsEntry("ATTEMPTS", 1)
                .containsEntry("LAST_ERROR", "never");
        assertThat(dispatcher().drain()).isEqualTo(1);
        assertThat(state(id)).containsEntry("STATUS", "SENT");
    }

    @Test
    void onlyAFailedItemIsPutBack() {
        long sent = queue("sent");
        dispatcher().drain();

        assertThatThrownBy(() -> dispatcher().requeue(sent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is SENT; only FAILED items are requeued");
        assertThatThrownBy(() -> dispatcher().requeue(sent + 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no mail item with id");
        assertThat(jdbc.queryForObject("select count(*) from outbox_requeue", Integer.class))
                .isZero();
    }

    @Test
    void everyFailedItemIsPutBackAtOnce() {
        queue("ok");
        for (String label : List.of("bad-1", "bad-2")) {
            queue(label);
            endpoint.answers.put(label, Answer.REFUSE);
        }
        dispatcher().drain();

        assertThat(dispatcher().requeueAllFailed()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where status = 'QUEUED'", Integer.class))
                .isEqualTo(2);
    }

    private OutboxDispatcher<Item, String> dispatcher() {
        return new OutboxDispatcher<>(TABLE, "Test item", endpoint, SETTINGS, outage, durability, jdbc, transaction);
    }

    private long queue(String label) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update(
                "insert into mail_outbox (message_id, kind, audit_id, recipients, subject, body, status, next_attempt_at,"
                        + " created_at, updated_at) values (?, 'TEST', ?, 'x@example.nl', 's', 'b', 'QUEUED', ?, ?, ?)",
                label,
                auditId,
                now,
                now,
                now);
        return jdbc.queryForObject("select id from mail_outbox where message_id = ?", Long.class, label);
    }

    private void makeDue(long id) {
        jdbc.update(
                "update mail_outbox set next_attempt_at = ? where id = ?",
                Timestamp.from(Instant.now().minusMillis(1)),
                id);
    }

    private Map<String, Object> state(long id) {
        return jdbc.queryForMap("select status, attempts, last_error from mail_outbox where id = ?", id);
    }
}
