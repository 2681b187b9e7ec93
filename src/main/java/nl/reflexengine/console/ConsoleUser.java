package nl.reflexengine.console;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import nl.reflexengine.users.Account;
import nl.reflexengine.users.ClientScope;
import nl.reflexengine.users.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in console user: their role, and the scope every query of theirs runs in. */
public final class ConsoleUser implements UserDetails {

    private final Account account;
    private final LocalDate today;

    public ConsoleUser(Account account, LocalDate today) {
        this.account = account;
        this.today = today;
    }

    public ClientScope scope() {
        return new ClientScope(account.id());
    }

    public Role role() {
        return account.role();
    }

    public boolean secondFactorEnrolled() {
        return account.secondFactorEnrolled();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !account.locked();
    }

    @Override
    public boolean isAccountNonExpired() {
        return !account.expiredOn(today);
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConsoleUser user && user.getUsername().equals(getUsername());
    }

    @Override
    public int hashCode() {
        return getUsername().hashCode();
    }
}
