package nl.reflexengine.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.reflexengine.testing.EngineTest;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two instances reading one drop folder, each with its own claims in the shared table (as sftpReadLock). */
@EngineTest
class ClaimedReadLockTest {

    @Autowired
    JdbcTemplate jdbc;

    /** The files in the drop folder, as the server would answer. */
    private final Set<String> existing = new HashSet<>(
            Set.of("/drops/C-ZONNIG/claimed.xml", "/drops/C-ZONNIG/half.xml", "/drops/C-ZONNIG/gone.xml"));

    @SuppressWarnings("unchecked")
    private final GenericFileOperations<Object> folder = (GenericFileOperations<Object>) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {GenericFileOperations.class}, (proxy, method, args) -> {
                if (method.getName().equals("existsFile")) {
                    return existing.contains((String) args[0]);
                }
                throw new UnsupportedOperationException(method.getName());
            });

    @Test
    void aFileOneInstanceReadsIsSkippedByTheOtherUntilItHasMoved() throws Exception {
        ReadyWhenSaid unchanged = new ReadyWhenSaid();
        ClaimedReadLock<Object> a = new ClaimedReadLock<>(unchanged, claims("node-a"));
        ClaimedReadLock<Object> b = new ClaimedReadLock<>(unchanged, claims("node-b"));
        GenericFile<Object> file = file("/drops/C-ZONNIG/claimed.xml");

        assertThat(a.acquireExclusiveReadLock(folder, file, null)).isTrue();
        assertThat(b.acquireExclusiveReadLock(folder, file, null))
                .as("a reads it")
                .isFalse();
        b.releaseExclusiveReadLockOnAbort(folder, file, null); // what Camel does after a refusal
        assertThat(claimed()).as("a's claim survives b's refusal").isEqualTo(1);
        assertThat(b.acquireExclusiveReadLock(folder, file, null))
                .as("a still reads it")
                .isFalse();

        a.releaseExclusiveReadLockOnCommit(null, file, null); // moved to .done
        assertThat(claimed()).isZero();
        assertThat(b.acquireExclusiveReadLock(folder, file, null))
                .as("a file of that name dropped again is read again")
                .isTrue();
        b.releaseExclusiveReadLockOnRollback(null, file, null);
        assertThat(claimed()).isZero();
    }

    @Test
    void aFileAnotherInstanceMovedSinceThisOneListedTheFolderIsNotWaitedFor() throws Exception {
        ReadyWhenSaid unchanged = new ReadyWhenSaid();
        ClaimedReadLock<Object> a = new ClaimedReadLock<>(unchanged, claims("node-a"));
        GenericFile<Object> file = file("/drops/C-ZONNIG/gone.xml");
        existing.clear();

        assertThat(a.acquireExclusiveReadLock(folder, file, null)).isFalse();
        assertThat(unchanged.asked)
                .as("the folder's own read lock would wait for it")
                .isFalse();
        assertThat(claimed()).isZero();
    }

    @Test
    void aClaimItsInstanceStoppedRenewingIsTakenOverAndOnlyItsNewHolderReleasesIt() throws Exception {
        ClaimedReadLock<Object> dead = new ClaimedReadLock<>(new ReadyWhenSaid(), claims("node-dead"));
        ClaimedReadLock<Object> b = new ClaimedReadLock<>(new ReadyWhenSaid(), claims("node-b"));
        GenericFile<Object> file = file("/drops/C-ZONNIG/claimed.xml");
        assertThat(dead.acquireExclusiveReadLock(folder, file, null)).isTrue();
        // the dead instance's last renewal, longer ago than the maximum age
        jdbc.update(
                "update drop_file_claim set claimed_at = claimed_at - interval '61' second where file = ?",
                file.getAbsoluteFilePath());

        assertThat(b.acquireExclusiveReadLock(folder, file, null))
                .as("an orphan")
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select instance from drop_file_claim where file = ?",
                        String.class,
                        file.getAbsoluteFilePath()))
                .isEqualTo("node-b");
        dead.releaseExclusiveReadLockOnRollback(folder, file, null); // had it come back to life
        assertThat(claimed()).as("node-b's claim").isEqualTo(1);
        b.releaseExclusiveReadLockOnCommit(folder, file, null);
        assertThat(claimed()).isZero();
    }

    @Test
    void aFileStillBeingWrittenIsNotClaimed() throws Exception {
        ReadyWhenSaid unchanged = new ReadyWhenSaid();
        unchanged.ready.set(false);
        ClaimedReadLock<Object> a = new ClaimedReadLock<>(unchanged, claims("node-a"));
        ClaimedReadLock<Object> b = new ClaimedReadLock<>(unchanged, claims("node-b"));
        GenericFile<Object> file = file("/drops/C-ZONNIG/half.xml");

        assertThat(a.acquireExclusiveReadLock(folder, file, null)).isFalse();
        assertThat(claimed()).isZero();
        unchanged.ready.set(true);
        assertThat(b.acquireExclusiveReadLock(folder, file, null)).isTrue();
        b.releaseExclusiveReadLockOnAbort(null, file, null);
    }

    private DropFileClaims claims(String instance) {
        return new DropFileClaims(jdbc, instance, Duration.ofSeconds(60), Duration.ofSeconds(10));
    }

    private int claimed() {
        return jdbc.queryForObject("select count(*) from drop_file_claim where file like '/drops/%'", Integer.class);
    }

    private static GenericFile<Object> file(String path) {
        GenericFile<Object> file = new GenericFile<>();
        file.setAbsoluteFilePath(path);
        return file;
    }

    /** The folder's own read lock: says whether the file has stopped changing. */
    private static class ReadyWhenSaid implements GenericFileExclusiveReadLockStrategy<Object> {
        final AtomicBoolean ready = new AtomicBoolean(true);
        volatile boolean asked;

        @Override
        public void prepareOnStartup(GenericFileOperations<Object> operations, GenericFileEndpoint<Object> endpoint) {}

        @Override
        public boolean acquireExclusiveReadLock(
                GenericFileOperations<Object> operations, GenericFile<Object> file, Exchange exchange) {
            asked = true;
            return ready.get();
        }

        @Override
        public void releaseExclusiveReadLockOnAbort(
                GenericFileOperations<Object> operations, GenericFile<Object> file, Exchange exchange) {}

        @Override
        public void releaseExclusiveReadLockOnRollback(
                GenericFileOperations<Object> operations, GenericFile<Object> file, Exchange exchange) {}

        @Override
        public void releaseExclusiveReadLockOnCommit(
                GenericFileOperations<Object> operations, GenericFile<Object> file, Exchange exchange) {}

        @Override
        public void setTimeout(long timeout) {}

        @Override
        public void setCheckInterval(long checkInterval) {}

        @Override
        public void setReadLockLoggingLevel(LoggingLevel readLockLoggingLevel) {}

        @Override
        public void setMarkerFiler(boolean markerFile) {}

        @Override
        public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {}
    }
}
