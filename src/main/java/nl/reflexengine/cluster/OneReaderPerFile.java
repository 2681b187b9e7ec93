package nl.reflexengine.cluster;

import java.util.Arrays;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.component.file.GenericFileEndpoint;
import org.apache.camel.component.file.GenericFileExclusiveReadLockStrategy;
import org.apache.camel.component.file.GenericFileOperations;
import org.apache.camel.component.file.remote.SftpRemoteFile;
import org.apache.camel.component.file.remote.strategy.SftpChangedExclusiveReadLockStrategy;
import org.apache.camel.spi.IdempotentRepository;
import org.springframework.dao.DuplicateKeyException;

/**
 * The SFTP consumer's read lock when several instances read one drop: a file is claimed in the shared repository
 * before it is read, then read only once it has stopped changing. camel-ftp knows no {@code readLock=idempotent*}
 * (only none, rename and changed): given one, it silently reads with no lock at all, and every instance reads
 * every file. This is camel-file's {@code idempotent-changed} for SFTP. The claim goes when the file has been
 * moved (commit) or reading it failed (rollback, abort).
 */
public class OneReaderPerFile implements GenericFileExclusiveReadLockStrategy<SftpRemoteFile<?>> {

    private final IdempotentRepository claims;
    /** Declared for JSch's LsEntry, but given the same SftpRemoteFile as this strategy: hence raw. */
    @SuppressWarnings("rawtypes")
    private final GenericFileExclusiveReadLockStrategy changed;

    public OneReaderPerFile(IdempotentRepository claims, long checkIntervalMillis, long minAgeMillis) {
        this.claims = claims;
        SftpChangedExclusiveReadLockStrategy unchanged = new SftpChangedExclusiveReadLockStrategy();
        unchanged.setCheckInterval(checkIntervalMillis);
        unchanged.setMinAge(minAgeMillis);
        this.changed = unchanged;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void prepareOnStartup(
            GenericFileOperations<SftpRemoteFile<?>> operations, GenericFileEndpoint<SftpRemoteFile<?>> endpoint)
            throws Exception {
        changed.prepareOnStartup(operations, endpoint);
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean acquireExclusiveReadLock(
            GenericFileOperations<SftpRemoteFile<?>> operations, GenericFile<SftpRemoteFile<?>> file, Exchange exchange)
            throws Exception {
        if (!claim(exchange, key(file))) {
            return false; // another instance reads it
        }
        boolean locked = false;
        try {
            // another instance may have read and moved it since this one listed the folder; "changed" would wait
            // for a vanished file for ever
            locked = stillThere(operations, file) && changed.acquireExclusiveReadLock(operations, file, exchange);
            return locked;
        } finally {
            if (!locked) {
                claims.remove(exchange, key(file));
            }
        }
    }

    @Override
    public void releaseExclusiveReadLockOnAbort(
            GenericFileOperations<SftpRemoteFile<?>> operations,
            GenericFile<SftpRemoteFile<?>> file,
            Exchange exchange) {
        claims.remove(exchange, key(file));
    }

    @Override
    public void releaseExclusiveReadLockOnRollback(
            GenericFileOperations<SftpRemoteFile<?>> operations,
            GenericFile<SftpRemoteFile<?>> file,
            Exchange exchange) {
        claims.remove(exchange, key(file));
    }

    @Override
    public void releaseExclusiveReadLockOnCommit(
            GenericFileOperations<SftpRemoteFile<?>> operations,
            GenericFile<SftpRemoteFile<?>> file,
            Exchange exchange) {
        claims.remove(exchange, key(file));
    }

    @Override
    public void setTimeout(long timeout) {
        changed.setTimeout(timeout);
    }

    @Override
    public void setCheckInterval(long checkInterval) {
        changed.setCheckInterval(checkInterval);
    }

    @Override
    public void setReadLockLoggingLevel(LoggingLevel level) {
        changed.setReadLockLoggingLevel(level);
    }

    @Override
    public void setMarkerFiler(boolean markerFile) {
        // no marker files on the SFTP server: the claim is in the database
    }

    @Override
    public void setDeleteOrphanLockFiles(boolean deleteOrphanLockFiles) {
        // no lock files to delete
    }

    /** The repository counts, then inserts: of two instances claiming one file at once, the second fails. */
    private boolean claim(Exchange exchange, String key) {
        try {
            return claims.add(exchange, key);
        } catch (DuplicateKeyException claimedJustNow) {
            return false;
        }
    }

    private static String key(GenericFile<SftpRemoteFile<?>> file) {
        return file.getAbsoluteFilePath();
    }

    private static boolean stillThere(
            GenericFileOperations<SftpRemoteFile<?>> operations, GenericFile<SftpRemoteFile<?>> file) {
        String parent = file.getParent();
        Object[] entries = parent == null || parent.isEmpty() ? operations.listFiles() : operations.listFiles(parent);
        return entries != null
                && Arrays.stream(entries)
                        .anyMatch(entry ->
                                ((SftpRemoteFile<?>) entry).getFilename().equals(file.getFileNameOnly()));
    }
}
