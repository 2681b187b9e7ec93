package nl.reflexengine.users;

import java.time.LocalDate;

/**
 * A console user as stored.
 *
 * @param failedLogins failed logins since the last successful one; at {@link #LOCKED_AFTER} the account is locked
 * @param validUntil the last day the account may log in, or null: no end date
 * @param secondFactorEnrolled whether the user has a TOTP secret (enrolled at a first login that asked for one)
 */
public record Account(
        long id,
        String username,
        String passwordHash,
        Role role,
        boolean enabled,
        int failedLogins,
        LocalDate validUntil,
        boolean secondFactorEnrolled) {

    /** Failed logins in a row after which an account is locked until its password is reset. */
    public static final int LOCKED_AFTER = 5;

    public boolean locked() {
        return failedLogins >= LOCKED_AFTER;
    }

    public boolean expiredOn(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil);
    }

    /** Enabled, not locked and not past its end day: whether the account may log in, or stay logged in. */
    public boolean mayLogInOn(LocalDate today) {
        return enabled && !locked() && !expiredOn(today);
    }
}
