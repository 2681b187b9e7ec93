package nl.reflexengine.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.OptionalLong;
import nl.reflexengine.users.Account;
import nl.reflexengine.users.AccountStore;
import nl.reflexengine.users.TotpCodes;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second factor: a user who enrolled types the code of their authenticator app; a user who has not
 * scans a new secret at their first login and confirms it with a code. A wrong code counts as a failed
 * login (five lock the account); a code is accepted once. An account disabled, locked or ended meanwhile
 * never gets here: {@link AccountStillValid} ends its login first, as it does for every request.
 */
@Controller
class SecondFactorController {

    static final String CODE = "/login/code";
    static final String ENROL = "/login/enrol";

    /** The issuer an authenticator app shows beside the account. */
    static final String ISSUER = "Reflex Engine";

    private static final String WRONG_CODE = "Deze code klopt niet of is al gebruikt. Typ de code die de app nu toont.";

    /** A secret being enrolled lives in the session until a code confirms it. */
    private static final String ENROLLING = SecondFactorController.class.getName() + ".secret";

    private final AccountStore accounts;
    private final SecondFactorStep step;

    SecondFactorController(AccountStore accounts, SecondFactorStep step) {
        this.accounts = accounts;
        this.step = step;
    }

    @GetMapping(CODE)
    String codePage() {
        return "login-code";
    }

    @PostMapping(CODE)
    String code(
            @RequestParam("code") String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        ConsoleUser user = pending().getPrincipal();
        String secret = accounts.totpSecret(user.getUsername());
        if (secret == null) {
            return "redirect:" + ENROL;
        }
        OptionalLong matched = TotpCodes.matchingStep(secret, code, Instant.now());
        if (matched.isPresent() && accounts.useTotpStep(user.getUsername(), matched.getAsLong())) {
            return completed(user, request, response);
        }
        if (lockedAfterWrongCode(user, request)) {
            return "redirect:/login?fout";
        }
        model.addAttribute("problem", WRONG_CODE);
        return "login-code";
    }

    @GetMapping(ENROL)
    String enrolPage(HttpSession session, Model model) {
        ConsoleUser user = pending().getPrincipal();
        if (accounts.totpSecret(user.getUsername()) != null) {
            return "redirect:" + CODE;
        }
        String secret = (String) session.getAttribute(enrolling(user));
        if (secret == null) {
            secret = TotpCodes.newSecret();
            session.setAttribute(enrolling(user), secret);
        }
        model.addAttribute("qrCode", QrCodeSvg.of(TotpCodes.otpauthUri(ISSUER, user.getUsername(), secret)));
        model.addAttribute("secret", secret.replaceAll("(.{4})(?!$)", "$1 "));
        return "login-enrol";
    }

    @PostMapping(ENROL)
    String enrol(
            @RequestParam("code") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            HttpSession session,
            Model model) {
        ConsoleUser user = pending().getPrincipal();
        String secret = (String) session.getAttribute(enrolling(user));
        if (secret == null || accounts.totpSecret(user.getUsername()) != null) {
            return "redirect:" + ENROL;
        }
        OptionalLong matched = TotpCodes.matchingStep(secret, code, Instant.now());
        if (matched.isPresent()) {
            accounts.enrolTotp(user.getUsername(), secret, matched.getAsLong());
            session.removeAttribute(enrolling(user));
            return completed(user, request, response);
        }
        if (lockedAfterWrongCode(user, request)) {
            return "redirect:/login?fout";
        }
        model.addAttribute("problem", WRONG_CODE);
        return enrolPage(session, model);
    }

    private String completed(ConsoleUser user, HttpServletRequest request, HttpServletResponse response) {
        accounts.loggedIn(user.getUsername());
        step.complete(user, request, response);
        return "redirect:/";
    }

    /** The session attribute of this user's secret being enrolled: never offered to another user. */
    private static String enrolling(ConsoleUser user) {
        return ENROLLING + ":" + user.getUsername();
    }

    /** Counts a wrong code as a failed login; when that locks the account, the login is ended. */
    private boolean lockedAfterWrongCode(ConsoleUser user, HttpServletRequest request) {
        accounts.failedLogin(user.getUsername());
        boolean locked = accounts.find(user.getUsername()).map(Account::locked).orElse(true);
        if (locked) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
        }
        return locked;
    }

    private static PendingSecondFactor pending() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending) {
            return pending;
        }
        // the security rules let only a pending login reach these pages
        throw new IllegalStateException("no login waiting for its second factor");
    }
}
