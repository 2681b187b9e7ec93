package nl.reflexengine.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Auditors: who viewed which claim or message of their clients, on screen and as CSV. */
@Controller
class AccessLogController {

    static final int MAX_ROWS = 1000;

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/access-log")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("entries", accessLog.newest(user.scope(), MAX_ROWS));
        model.addAttribute("maxRows", MAX_ROWS);
        return "access-log";
    }

    @GetMapping("/access-log/export.csv")
    void export(@AuthenticationPrincipal ConsoleUser user, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"access-log.csv\"");
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader("at", "username", "action", "client_id", "subject")
                .get()
                .print(response.getWriter())) {
            for (AccessLog.Entry entry : accessLog.newest(user.scope(), Integer.MAX_VALUE)) {
                csv.printRecord(
                        entry.at(),
                        CsvCells.safe(entry.username()),
                        entry.action(),
                        CsvCells.safe(entry.clientId()),
                        CsvCells.safe(entry.subject()));
            }
        }
    }
}
