package nl.reflexengine.console;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The console's frame: the login page, the start page per role, and the engine's status on every page. */
@Controller
@ControllerAdvice
class ConsolePages {

    private final HealthEndpoint health;

    ConsolePages(HealthEndpoint health) {
        this.health = health;
    }

    /** UP, or what is wrong: shown as a banner on every page. */
    @ModelAttribute("engineStatus")
    String engineStatus() {
        Status status = health.health().getStatus();
        return status.getCode();
    }

    /** The pages of the user's role; none while a login waits for its second factor. */
    @ModelAttribute("menu")
    List<ConsolePage> menu(Authentication login) {
        if (login == null
                || !(login.getPrincipal() instanceof ConsoleUser user)
                || login instanceof PendingSecondFactor) {
            return List.of();
        }
        return Arrays.stream(ConsolePage.values())
                .filter(page -> page.readers().contains(user.role()))
                .toList();
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String start() {
        return "start";
    }
}
