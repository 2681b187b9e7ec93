package nl.reflexengine.durability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a crash leaves is the H2 file as it is at that moment. A copy of the file taken while the database
 * is open is exactly that: opened on its own, it shows what a restarted engine would find.
 */
@Tag("h2-only")
class DurabilityTest {

    @TempDir
    Path dir;

    @Test
    void aCommitIsInTheFileOnceFlushedAndNotBefore() throws Exception {
        // a write delay far longer than the test: only flush() can put a commit in the file
        String url = "jdbc:h2:file:" + dir.resolve("live/reflex") + ";WRITE_DELAY=600000";
        SingleConnectionDataSource database = new SingleConnectionDataSource(url, "sa", "", true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(database);
            Durability durability = new Durability(jdbc);
            jdbc.execute("create table outcome (id int primary key)");
            durability.flush();

            jdbc.update("insert into outcome values (1)");
            List<Integer> crashBeforeFlush = rowsAfterCrash("before");
            durability.flush();
            List<Integer> crashAfterFlush = rowsAfterCrash("after");

            assertThat(crashBeforeFlush)
                    .as("a commit not yet flushed is lost in a crash")
                    .isEmpty();
            assertThat(crashAfterFlush).as("a flushed commit survives a crash").containsExactly(1);
            assertThat(durability.writes()).isEqualTo(2);
        } finally {
            database.destroy();
        }
    }

    @Test
    void aFlushInsideATransactionIsRefused() {
        String url = "jdbc:h2:file:" + dir.resolve("tx/reflex") + ";WRITE_DELAY=600000";
        SingleConnectionDataSource database = new SingleConnectionDataSource(url, "sa", "", true);
        try {
            Durability durability = new Durability(new JdbcTemplate(database));
            TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(database));

            // H2 would commit the open transaction on CHECKPOINT, splitting one outcome's work in two
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> durability.flush()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("inside a transaction");
            assertThat(durability.writes()).isZero();
        } finally {
            database.destroy();
        }
    }

    @Test
    void callersArrivingDuringAWriteWaitForTheNextOneAndShareIt() throws Exception {
        CountDownLatch firstWriteMayEnd = new CountDownLatch(1);
        AtomicInteger lateReturned = new AtomicInteger();
        List<Integer> lateReturnedWhenWriteBegan = new CopyOnWriteArrayList<>();
        Durability durability = new Durability(null, true) {
            @Override
            void writeToDisk() {
                lateReturnedWhenWriteBegan.add(lateReturned.get());
                if (lateReturnedWhenWriteBegan.size() == 1) {
                    awaitQuietly(firstWriteMayEnd);
                }
            }
        };
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> calls = new ArrayList<>();
            calls.add(callers.submit(durability::flush));
            await().until(() -> lateReturnedWhenWriteBegan.size() == 1); // the first write is under way
            calls.add(callers.submit(() -> flushAndCount(durability, lateReturned)));
            calls.add(callers.submit(() -> flushAndCount(durability, lateReturned)));
            await().until(() -> durability.flushes() == 3); // both late callers have asked
            firstWriteMayEnd.countDown();
            for (Future<?> call : calls) {
                call.get(10, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(lateReturned).hasValue(2);
        // the late callers' commits may be after the first write began: they need a second one, one for both
        assertThat(durability.writes()).isEqualTo(2);
        assertThat(lateReturnedWhenWriteBegan)
                .as("late callers returned when each write began: none before the second")
                .containsExactly(0, 0);
    }

    private static void flushAndCount(Durability durability, AtomicInteger returned) {
        durability.flush();
        returned.incrementAndGet();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The rows a restarted engine would find if the process died now. */
    private List<Integer> rowsAfterCrash(String name) throws Exception {
        Path live = dir.resolve("live/reflex.mv.db");
        Path copy = dir.resolve("crash-" + name);
        Files.createDirectories(copy);
        Files.copy(live, copy.resolve("reflex.mv.db"));
        try (Connection restarted = DriverManager.getConnection("jdbc:h2:file:" + copy.resolve("reflex"), "sa", "")) {
            return new JdbcTemplate(new SingleConnectionDataSource(restarted, true))
                    .queryForList("select id from outcome order by id", Integer.class);
        }
    }
}
