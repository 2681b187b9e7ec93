package nl.reflexengine.console.uwv;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflexengine.console.ConsoleUser;
import nl.reflexengine.console.CsvDownload;
import nl.reflexengine.outbox.OutboxDispatcher;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The UWV board: counts per state, the oldest queued, the failed (requeue, operators) and UWV's remarks. */
@Controller
class UwvBoardController {

    private final UwvBoard board;
    private final OutboxDispatcher<?, ?> uwvDispatcher;

    UwvBoardController(UwvBoard board, @Qualifier("uwvDispatcher") OutboxDispatcher<?, ?> uwvDispatcher) {
        this.board = board;
        this.uwvDispatcher = uwvDispatcher;
    }

    @GetMapping("/uwv")
    String board(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("counts", board.counts(user.scope()));
        model.addAttribute("queued", board.oldestQueued(user.scope()));
        model.addAttribute("failed", board.failed(user.scope()));
        model.addAttribute("answered", board.answeredWithRemarks(user.scope()));
        model.addAttribute("maxRows", UwvBoard.MAX_ROWS);
        return "uwv/board";
    }

    @GetMapping("/uwv/export.csv")
    void export(@AuthenticationPrincipal ConsoleUser user, HttpServletResponse response) throws IOException {
        Map<String, List<UwvBoard.Item>> lists = new LinkedHashMap<>();
        lists.put("queued", board.oldestQueued(user.scope()));
        lists.put("failed", board.failed(user.scope()));
        lists.put("answered_with_remarks", board.answeredWithRemarks(user.scope()));
        List<List<?>> rows = new ArrayList<>();
        lists.forEach((list, items) -> items.forEach(item -> rows.add(Arrays.asList(
                list,
                item.id(),
                item.kenmerk(),
                item.flow(),
                item.claimNumber(),
                item.clientId(),
                item.status(),
                item.uwvStatus(),
                item.attempts(),
                item.lastError(),
                item.uwvRemarks(),
                item.createdAt(),
                item.updatedAt()))));
        CsvDownload.write(
                response,
                "uwv-board.csv",
                List.of(
                        "list",
                        "id",
                        "kenmerk",
                        "flow",
                        "claim_number",
                        "client_id",
                        "status",
                        "uwv_status",
                        "attempts",
                        "last_error",
                        "uwv_remarks",
                        "created_at",
                        "updated_at"),
                rows);
    }

    @PostMapping("/uwv/{id}/requeue")
    String requeue(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, RedirectAttributes result) {
        if (!board.visible(user.scope(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            uwvDispatcher.requeue(id);
            result.addFlashAttribute(
                    "notice", "UWV-bericht " + id + " staat weer in de wachtrij; eerdere pogingen" + " zijn bewaard.");
        } catch (IllegalArgumentException notFailed) {
            result.addFlashAttribute(
                    "problem",
                    "UWV-bericht " + id + " is niet (meer) mislukt en is niet opnieuw" + " in de wachtrij gezet.");
        }
        return "redirect:/uwv";
    }
}
