package nl.reflexengine.console;

import java.time.Clock;
import java.time.LocalDate;
import nl.reflexengine.users.AccountStore;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A console login against the users in the database: a wrong password counts towards the lock (five in a
 * row lock the account until its password is reset), a right one starts the count again, or, with a second
 * factor, the right code after it does. A disabled, locked
 * or ended account cannot log in, even with the right password.
 */
final class ConsoleLogin implements AuthenticationProvider {

    private final AccountStore accounts;
    private final DaoAuthenticationProvider passwordCheck;
    private final boolean secondFactorFollows;

    /**
     * @param secondFactorFollows a right password is only half a login: the count of failures starts again
     *     once the code is right too (else a stolen password would reset it between guesses of the code)
     */
    ConsoleLogin(AccountStore accounts, PasswordEncoder passwords, Clock clock, boolean secondFactorFollows) {
        this.accounts = accounts;
        this.secondFactorFollows = secondFactorFollows;
        this.passwordCheck = new DaoAuthenticationProvider(passwords);
        this.passwordCheck.setUserDetailsService(username -> accounts.find(username)
                .map(account -> new ConsoleUser(account, LocalDate.now(clock.withZone(DutchTime.ZONE))))
                .orElseThrow(() -> new UsernameNotFoundException("no such console user")));
    }

    @Override
    public Authentication authenticate(Authentication login) throws AuthenticationException {
        try {
            Authentication authenticated = passwordCheck.authenticate(login);
            if (secondFactorFollows) {
                // half a login: never the user's roles before the code is right, not even for a moment
                return new PendingSecondFactor((ConsoleUser) authenticated.getPrincipal());
            }
            accounts.loggedIn(authenticated.getName());
            return authenticated;
        } catch (BadCredentialsException wrongPassword) {
            accounts.failedLogin(login.getName()); // nothing happens for a name that is no user
            throw wrongPassword;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
