package nl.reflexengine.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import nl.reflexengine.users.AccountStore;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Each request of a logged-in user, or of a login waiting for its second factor, checks that the account may
 * still log in: one disabled, locked or past its end day since the password loses its session at its next
 * request, not when the session would end.
 */
final class AccountStillValid extends OncePerRequestFilter {

    private final AccountStore accounts;

    AccountStillValid(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login != null && login.getPrincipal() instanceof ConsoleUser user && !valid(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login?fout");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean valid(ConsoleUser user) {
        return accounts.find(user.getUsername())
                .map(account -> account.mayLogInOn(DutchTime.today()))
                .orElse(false);
    }
}
