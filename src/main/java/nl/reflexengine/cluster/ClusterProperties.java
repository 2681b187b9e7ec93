package nl.reflexengine.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How several engine instances on one database share the work ({@code reflex.cluster.*}).
 *
 * @param instanceName this instance in the lock tables, so an operator sees who polls (host name and process id
 *     when empty)
 * @param pollLockLease how long one instance's hold on a mailbox or the UWV status folder lasts without being
 *     renewed: a live instance renews it during a long poll, a dead one loses it after this long, and another
 *     instance polls within this time plus its poll delay. ShedLock renews no shorter lease than 30 seconds.
 * @param sftpReadLockMaxAge a file an instance claimed and stopped renewing its claim on (it died reading it)
 *     is read again by another instance after this long
 * @param sftpReadLockRenewal how often a live instance renews its claims on the files it is reading
 */
@Validated
@ConfigurationProperties("reflex.cluster")
public record ClusterProperties(
        String instanceName,
        @DurationMin(seconds = 30) Duration pollLockLease,
        @DurationMin(seconds = 1) Duration sftpReadLockMaxAge,
        @DurationMin(millis = 100) Duration sftpReadLockRenewal) {

    public ClusterProperties {
        if (instanceName == null || instanceName.isBlank()) {
            instanceName = hostName() + ":" + ProcessHandle.current().pid();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
