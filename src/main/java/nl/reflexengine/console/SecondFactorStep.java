package nl.reflexengine.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The step between the password and the pages. With a second factor required, a right password leaves the
 * login pending ({@link PendingSecondFactor}) and sends the user to enrol or type a code; every page sends a
 * pending login back there. Without one, the password completes the login.
 */
@Component
class SecondFactorStep implements AuthenticationSuccessHandler, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorStep.class);

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();

    SecondFactorStep(ConsoleProperties console, @Value("${reflex.local.enabled:false}") boolean localMode) {
        if (!console.secondFactorRequired() && !localMode && console.enabled()) {
            log.warn("The console asks no second factor outside local mode (reflex.console.second-factor-required)");
        }
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication login)
            throws IOException {
        // with a second factor, the login (ConsoleLogin) is a pending one: to the code or enrolment page
        String next = login instanceof PendingSecondFactor pending ? pending.nextStep() : "/";
        response.sendRedirect(request.getContextPath() + next);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, jakarta.servlet.ServletException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending) {
            response.sendRedirect(request.getContextPath() + pending.nextStep());
            return;
        }
        forbidden.handle(request, response, denied);
    }

    /** The second factor was right: the user's roles from now on, in a new session id. */
    void complete(ConsoleUser user, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        store(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), request, response);
    }

    private void store(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
