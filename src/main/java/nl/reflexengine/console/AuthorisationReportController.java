package nl.reflexengine.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Auditors: which user may see which of their clients, on screen and as CSV. */
@Controller
class AuthorisationReportController {

    private final AuthorisationReport report;

    AuthorisationReportController(AuthorisationReport report) {
        this.report = report;
    }

    @GetMapping("/authorisations")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("grants", report.grants(user.scope()));
        return "authorisations";
    }

    @GetMapping("/authorisations/export.csv")
    void export(@AuthenticationPrincipal ConsoleUser user, HttpServletResponse response) throws IOException {
        CsvDownload.write(
                response,
                "authorisations.csv",
                List.of("client_id", "vestigingscode", "username", "role", "enabled", "locked", "valid_until"),
                report.grants(user.scope()).stream()
                        .<List<?>>map(grant -> Arrays.asList(
                                grant.clientId(),
                                grant.vestigingscode(),
                                grant.username(),
                                grant.role(),
                                grant.enabled(),
                                grant.locked(),
                                grant.validUntil()))
                        .toList());
    }
}
