package nl.reflexengine.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"authorisations.csv\"");
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader("client_id", "vestigingscode", "username", "role", "enabled", "locked", "valid_until")
                .get()
                .print(response.getWriter())) {
            for (AuthorisationReport.Grant grant : report.grants(user.scope())) {
                csv.printRecord(
                        CsvCells.safe(grant.clientId()),
                        CsvCells.safe(grant.vestigingscode()),
                        grant.username(),
                        grant.role(),
                        grant.enabled(),
                        grant.locked(),
                        grant.validUntil());
            }
        }
    }
}
