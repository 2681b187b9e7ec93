package nl.reflexengine.console;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A login that has passed its password and waits for its second factor: it may open the code (or enrolment)
 * page and nothing else. The user's roles are granted only once the code is right.
 */
final class PendingSecondFactor extends AbstractAuthenticationToken {

    /** The one authority of a pending login. */
    static final String AUTHORITY = "FACTOR_PENDING";

    private final ConsoleUser user;

    PendingSecondFactor(ConsoleUser user) {
        super(List.of(new SimpleGrantedAuthority(AUTHORITY)));
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public ConsoleUser getPrincipal() {
        return user;
    }

    /** Where the user goes next: enrol a second factor, or type its code. */
    String nextStep() {
        return user.secondFactorEnrolled() ? SecondFactorController.CODE : SecondFactorController.ENROL;
    }
}
