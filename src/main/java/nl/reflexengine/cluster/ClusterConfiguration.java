package nl.reflexengine.cluster;

import com.jcraft.jsch.ChannelSftp;
import org.apache.camel.LoggingLevel;
import org.apache.camel.component.file.remote.strategy.SftpChangedExclusiveReadLockStrategy;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.DefaultPollingConsumerPollStrategy;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

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
     * The SFTP drops are read by every instance at once ({@code exclusiveReadLockStrategy=#sftpReadLock}): a
     * file is claimed in table drop_file_claim before it is read, so only one instance reads it, and only once
     * it has stopped changing (the read lock the drops had before, with the same settings). The claim goes
     * when the file has moved to .done or .error, or when reading it failed.
     */
    @Bean
    ClaimedReadLock<ChannelSftp.LsEntry> sftpReadLock(
            DropFileClaims claims,
            @Value("${reflex.sftp.read-lock-check-interval-ms}") long checkIntervalMs,
            @Value("${reflex.sftp.read-lock-min-age-ms}") long minAgeMs) {
        SftpChangedExclusiveReadLockStrategy unchanged = new SftpChangedExclusiveReadLockStrategy();
        unchanged.setCheckInterval(checkIntervalMs);
        unchanged.setMinAge(minAgeMs);
        // no time limit, as the drops' read lock always had (readLockTimeout=0): the poll waits until a file
        // being written stops changing; its claim is renewed meanwhile
        unchanged.setTimeout(0);
        unchanged.setReadLockLoggingLevel(LoggingLevel.DEBUG);
        return new ClaimedReadLock<>(unchanged, claims);
    }

    /** The claims of {@link #sftpReadLock}, renewed while their files are read. */
    @Bean
    DropFileClaims dropFileClaims(JdbcTemplate jdbc, ClusterProperties properties) {
        return new DropFileClaims(
                jdbc, properties.instanceName(), properties.sftpReadLockMaxAge(), properties.sftpReadLockRenewal());
    }
}
