package nl.reflexengine.cluster;

import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.processor.idempotent.jdbc.JdbcOrphanLockAwareIdempotentRepository;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What lets two or more instances run on one database without doubling work (see OPERATIONS.md, "Several
 * instances"). The outboxes need nothing here: their rows are claimed with {@code FOR UPDATE SKIP LOCKED}.
 * The endpoint URIs name these beans: {@code pollStrategy=#mailboxPoll}, {@code #testMailboxPoll},
 * {@code #uwvStatusPoll}, and {@code exclusiveReadLockStrategy=#sftpReadLock}.
 */
@Configuration
@EnableConfigurationProperties(ClusterProperties.class)
class ClusterConfiguration {

    /** The reflex mailbox: one instance at a time, with the mailbox's health (bean "mailbox"). */
    @Bean
    PollingConsumerPollStrategy mailboxPoll(PollLocks locks, @Qualifier("mailbox") PollingConsumerPollStrategy health) {
        return new OneInstanceAtATime("reflex mailbox", locks, health);
    }

    @Bean
    PollingConsumerPollStrategy testMailboxPoll(
            PollLocks locks, @Qualifier("testMailbox") PollingConsumerPollStrategy health) {
        return new OneInstanceAtATime("test mailbox", locks, health);
    }

    /** The UWV status folder (shared between instances): a status file is recorded by one of them. */
    @Bean
    PollingConsumerPollStrategy uwvStatusPoll(PollLocks locks) {
        return new OneInstanceAtATime("UWV status folder", locks, new DefaultPollingConsumerPollStrategy());
    }

    /**
     * The SFTP drops are read by every instance at once ({@link #sftpReadLock}): a file is claimed in this
     * table before it is read, so only one instance reads it. The claim goes when the file has moved to
     * .done or .error, or when reading it failed; a claim its instance stopped renewing is an orphan after
     * {@code reflex.cluster.sftp-read-lock-max-age}.
     */
    @Bean
    JdbcOrphanLockAwareIdempotentRepository sftpReadLocks(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            CamelContext camel,
            ClusterProperties properties) {
        JdbcOrphanLockAwareIdempotentRepository claims = new JdbcOrphanLockAwareIdempotentRepository(
                dataSource, new TransactionTemplate(transactions), "sftp-drops", camel);
        claims.setCreateTableIfNotExists(false); // Flyway creates it (V18)
        claims.setLockMaxAgeMillis(properties.sftpReadLockMaxAge().toMillis());
        claims.setLockKeepAliveIntervalMillis(properties.sftpReadLockRenewal().toMillis());
        return claims;
    }

    /**
     * The SFTP consumer's read lock ({@code exclusiveReadLockStrategy=#sftpReadLock}): claimed in
     * {@link #sftpReadLocks}, then read once it has stopped changing.
     */
    @Bean
    OneReaderPerFile sftpReadLock(
            JdbcOrphanLockAwareIdempotentRepository sftpReadLocks,
            @Value("${reflex.sftp.read-lock-check-interval-ms}") long checkIntervalMillis,
            @Value("${reflex.sftp.read-lock-min-age-ms}") long minAgeMillis) {
        return new OneReaderPerFile(sftpReadLocks, checkIntervalMillis, minAgeMillis);
    }
}
