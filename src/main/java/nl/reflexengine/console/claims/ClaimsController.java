package nl.reflexengine.console.claims;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import nl.reflexengine.claims.ClaimStatus;
import nl.reflexengine.console.AccessLog;
import nl.reflexengine.console.ConsoleUser;
import nl.reflexengine.console.CsvDownload;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.server.ResponseStatusException;

/** Claims: search, export, one claim as a timeline, and marking its action points done. */
@Controller
class ClaimsController {

    private final ConsoleClaims claims;
    private final AccessLog accessLog;
    private final Clock clock;

    ClaimsController(ConsoleClaims claims, AccessLog accessLog) {
        this.claims = claims;
        this.accessLog = accessLog;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/claims")
    String search(
            @AuthenticationPrincipal ConsoleUser user,
            ClaimSearch search,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("search", search);
        model.addAttribute("claims", claims.search(user.scope(), search, clock.instant()));
        model.addAttribute("maxRows", ConsoleClaims.MAX_ROWS);
        model.addAttribute("statuses", ClaimStatus.values());
        return htmx != null ? "claims/list :: results" : "claims/list";
    }

    @GetMapping("/claims/export.csv")
    void export(@AuthenticationPrincipal ConsoleUser user, ClaimSearch search, HttpServletResponse response)
            throws IOException {
        List<ClaimRow> rows = claims.search(user.scope(), search, clock.instant());
        accessLog.viewed(
                user.getUsername(),
                AccessLog.Action.CLAIMS_EXPORTED,
                search.klant() == null ? "" : search.klant().trim(),
                rows.size() + " claims");
        CsvDownload.write(
                response,
                "claims.csv",
                List.of(
                        "claim_number",
                        "client_id",
                        "vestigingscode",
                        "bsn",
                        "employee_name",
                        "birth_date",
                        "first_day",
                        "kind",
                        "status",
                        "overdue_action_points"),
                rows.stream()
                        .<List<?>>map(claim -> Arrays.asList(
                                claim.claimNumber(),
                                claim.clientId(),
                                claim.vestigingscode(),
                                claim.maskedBsn(),
                                claim.employeeName(),
                                claim.birthDate(),
                                claim.firstDay(),
                                claim.kind(),
                                claim.status(),
                                claim.overdueActionPoints()))
                        .toList());
    }

    @GetMapping("/claims/{number}")
    String claim(@AuthenticationPrincipal ConsoleUser user, @PathVariable String number, Model model) {
        Instant now = clock.instant();
        ClaimTimeline timeline = claims.timeline(user.scope(), number, now).orElseThrow(ClaimsController::notFound);
        accessLog.viewed(
                user.getUsername(),
                AccessLog.Action.CLAIM_VIEWED,
                timeline.claim().clientId(),
                number);
        model.addAttribute("timeline", timeline);
        model.addAttribute("now", now);
        return "claims/claim";
    }

    @PostMapping("/claims/{number}/action-points/{id}/done")
    String markDone(
            @AuthenticationPrincipal ConsoleUser user,
            @PathVariable String number,
            @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        Instant now = clock.instant();
        if (!claims.markDone(user.scope(), number, id, user.getUsername(), now)) {
            throw notFound();
        }
        if (htmx == null) {
            return "redirect:/claims/" + number;
        }
        ClaimRow claim = claims.byNumber(user.scope(), number, now).orElseThrow(ClaimsController::notFound);
        model.addAttribute("claimNumber", number);
        model.addAttribute("now", now);
        model.addAttribute(
                "point",
                claims.actionPoints(user.scope(), claim.id()).stream()
                        .filter(point -> point.id() == id)
                        .findFirst()
                        .orElseThrow(ClaimsController::notFound));
        return "claims/action-point :: row(point=${point}, claimNumber=${claimNumber})";
    }

    /** Another client's claim looks exactly like no claim at all. */
    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
