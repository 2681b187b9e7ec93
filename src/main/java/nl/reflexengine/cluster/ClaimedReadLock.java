package nl.reflexengine.cluster;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;

/**
 * A read lock for a folder several instances read at once: a file is first claimed in the database
 * ({@link DropFileClaims}), then checked by the folder's own read lock (the file must no longer change); the
 * claim goes when the file was moved, failed or was not ready. Camel offers this as
 * {@code readLock=idempotent-changed} for local folders only; its SFTP component knows none, rename and
 * changed, and quietly reads without a lock when given another value. Camel also calls the release of a
 * lock it was refused: only a claim this instance made is released.
 */
public class ClaimedReadLock<T> implements GenericFileExclusiveReadLockStrategy<T> {

    private final GenericFileExclusiveReadLockStrategy<T> unchanged;
    private final DropFileClaims claims;

    public ClaimedReadLock(GenericFileExclusiveReadLockStrategy<T> unchanged, DropFileClaims claims) {
        this.unchanged = unchanged;
        this.claims = claims;
    }

    @Override
    public void prepareOnStartup(GenericFileOperations<T> operations, GenericFileEndpoint<T> endpoint)
            throws Exception {
        unchanged.prepareOnStartup(operations, endpoint);
    }

    @Override
    public boolean acquireExclusiveReadLock(GenericFileOperations<T> operations, GenericFile<T> file, Exchange exchange)
            throws Exception {
        if (!claims.claim(file.getAbsoluteFilePath())) {
            return false; // another instance is reading it
        }
        boolean ready = false;
        try {
            // another instance may have read and moved it since this one listed the folder, and the folder's
            // read lock (readLockTimeout=0: no time limit) would wait for a vanished file for ever
            ready = operations.existsFile(file.getAbsoluteFilePath())
                    && unchanged.acquireExclusiveReadLock(operations, file, exchange);
            return ready;
        } finally {
            if (!ready) {
                claims.release(file.getAbsoluteFilePath());
            }
        }
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(
            GenericFileOperations<T> operations, GenericFile<T> file, Exchange exchange) throws Exception {
        try {
            unchanged.releaseExclusiveReadLockOnAbort(operations, file, exchange);
        } finally {
            claims.release(file.getAbsoluteFilePath());
        }
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(
            GenericFileOperations<T> operations, GenericFile<T> file, Exchange exchange) throws Exception {
        try {
            unchanged.releaseExclusiveReadLockOnRollback(operations, file, exchange);
        } finally {
            claims.release(file.getAbsoluteFilePath());
        }
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(
            GenericFileOperations<T> operations, GenericFile<T> file, Exchange exchange) throws Exception {
        try {
            unchanged.releaseExclusiveReadLockOnCommit(operations, file, exchange);
        } finally {
            claims.release(file.getAbsoluteFilePath());
        }
    }

    @Override
    public void setTimeout(long timeout) {
        unchanged.setTimeout(timeout);
    }

    @Override
    public void setCheckInterval(long checkInterval) {
        unchanged.setCheckInterval(checkInterval);
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel level) {
        unchanged.setReadLockLoggingLevel(level);
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
        unchanged.setMarkerFiler(markerFile);
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
        unchanged.setDeleteOrphanLockFiles(deleteOrphanLockFiles);
    }
}
