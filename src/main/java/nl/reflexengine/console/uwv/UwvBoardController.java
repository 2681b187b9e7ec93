package nl.reflexengine.console.uwv;

import nl.reflexengine.console.ConsoleUser;
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
