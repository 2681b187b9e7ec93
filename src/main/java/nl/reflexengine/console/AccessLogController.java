package nl.reflexengine.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
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
        CsvDownload.write(
                response,
                "access-log.csv",
                List.of("at", "username", "action", "client_id", "subject"),
                accessLog.newest(user.scope(), Integer.MAX_VALUE).stream()
                        .<List<?>>map(entry -> List.of(
                                entry.at(), entry.username(), entry.action(), entry.clientId(), entry.subject()))
                        .toList());
    }
}
