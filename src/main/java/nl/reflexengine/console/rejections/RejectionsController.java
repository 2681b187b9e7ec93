package nl.reflexengine.console.rejections;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.reflexengine.console.AccessLog;
import nl.reflexengine.console.ConsoleUser;
import nl.reflexengine.console.CsvDownload;
import nl.reflexengine.console.Labels;
import nl.reflexengine.intake.Channel;
import nl.reflexengine.pipeline.Submission;
import nl.reflexengine.reprocess.QuarantineRelease;
import nl.reflexengine.reprocess.Reprocessing;
import nl.reflexengine.users.Role;
import nl.reflexengine.violation.ViolationCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Rejections and quarantine: filter, counts per code per client, one message, and reprocess (operators). */
@Controller
class RejectionsController {

    private static final Logger log = LoggerFactory.getLogger(RejectionsController.class);

    private final Rejections rejections;
    private final Reprocessing reprocessing;
    private final QuarantineRelease quarantine;
    private final AccessLog accessLog;
    private final Labels labels;

    RejectionsController(
            Rejections rejections,
            Reprocessing reprocessing,
            QuarantineRelease quarantine,
            AccessLog accessLog,
            Labels labels) {
        this.rejections = rejections;
        this.reprocessing = reprocessing;
        this.quarantine = quarantine;
        this.accessLog = accessLog;
        this.labels = labels;
    }

    @GetMapping("/rejections")
    String list(@AuthenticationPrincipal ConsoleUser user, RejectionSearch search, Model model) {
        boolean operator = operator(user);
        model.addAttribute("search", search);
        model.addAttribute("rows", rejections.search(user.scope(), operator, search));
        model.addAttribute("counts", rejections.countsPerCode(user.scope(), operator, search));
        model.addAttribute("maxRows", Rejections.MAX_ROWS);
        model.addAttribute(
                "codes",
                Arrays.stream(ViolationCode.values()).map(Enum::name).sorted().toList());
        model.addAttribute("channels", Channel.values());
        return "rejections/list";
    }

    @GetMapping("/rejections/export.csv")
    void export(@AuthenticationPrincipal ConsoleUser user, RejectionSearch search, HttpServletResponse response)
            throws IOException {
        CsvDownload.write(
                response,
                "rejections.csv",
                List.of(
                        "audit_id",
                        "received_at",
                        "channel",
                        "source",
                        "client_id",
                        "test",
                        "outcome",
                        "codes",
                        "reprocessed_as",
                        "reprocess_of"),
                rejections.search(user.scope(), operator(user), search).stream()
                        .<List<?>>map(row -> Arrays.asList(
                                row.id(),
                                row.receivedAt(),
                                row.channel(),
                                row.source(),
                                row.clientId(),
                                row.test(),
                                row.outcome(),
                                row.codes(),
                                row.reprocessedAs(),
                                row.reprocessOf()))
                        .toList());
    }

    @GetMapping("/rejections/{id}")
    String message(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, Model model) {
        Rejections.Message message =
                rejections.message(user.scope(), operator(user), id).orElseThrow(RejectionsController::notFound);
        accessLog.viewed(
                user.getUsername(),
                AccessLog.Action.MESSAGE_VIEWED,
                message.row().clientId() == null ? "" : message.row().clientId(),
                String.valueOf(id));
        model.addAttribute("message", message);
        return "rejections/message";
    }

    @PostMapping("/rejections/{id}/reprocess")
    String reprocess(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, RedirectAttributes result) {
        Rejections.Row row = rejections
                .message(user.scope(), true, id)
                .map(Rejections.Message::row)
                .orElseThrow(RejectionsController::notFound);
        if (!row.reprocessable()) {
            result.addFlashAttribute(
                    "problem",
                    row.reprocessedAs() != null
                            ? "Bericht " + id + " is al opnieuw verwerkt, als bericht " + row.reprocessedAs() + "."
                            : "Alleen afgewezen berichten worden opnieuw verwerkt; bericht " + id + " is "
                                    + labels.outcome(row.outcome()) + ".");
            return "redirect:/rejections";
        }
        try {
            Submission again = reprocessing.reprocess(id);
            log.info("Message {} reprocessed from the console by {} as {}", id, user.getUsername(), again.auditId());
            result.addFlashAttribute(
                    "notice",
                    "Bericht " + id + " is opnieuw verwerkt als bericht " + again.auditId() + ": "
                            + labels.outcome(again.outcome().name())
                            + ".");
        } catch (RuntimeException failed) {
            log.warn("Reprocessing message {} from the console failed", id, failed);
            result.addFlashAttribute(
                    "problem", "Bericht " + id + " kon niet opnieuw worden verwerkt; probeer het later opnieuw.");
        }
        return "redirect:/rejections";
    }

    @PostMapping("/rejections/{id}/release")
    String release(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, RedirectAttributes result) {
        Rejections.Row row = rejections
                .message(user.scope(), true, id)
                .map(Rejections.Message::row)
                .orElseThrow(RejectionsController::notFound);
        if (!row.releasable()) {
            result.addFlashAttribute("problem", "Bericht " + id + " is geen mail in quarantaine (meer).");
            return "redirect:/rejections";
        }
        try {
            List<Submission> released = quarantine.release(id);
            log.info("Quarantined mail {} released from the console by {}", id, user.getUsername());
            result.addFlashAttribute(
                    "notice",
                    "Mail " + id + " is vrijgegeven: "
                            + released.stream()
                                    .map(outcome -> "bericht " + outcome.auditId() + " "
                                            + labels.outcome(outcome.outcome().name()))
                                    .collect(Collectors.joining(", "))
                            + ".");
        } catch (QuarantineRelease.SenderStillUnknown stillUnknown) {
            result.addFlashAttribute(
                    "problem",
                    "Mail " + id + " is niet vrijgegeven: de afzender staat nog niet bij een klant geregistreerd."
                            + " Voeg het adres toe aan de referentiegegevens en laad ze opnieuw.");
        } catch (IllegalArgumentException releasedMeanwhile) {
            result.addFlashAttribute("problem", "Mail " + id + " is intussen al vrijgegeven.");
        } catch (RuntimeException failed) {
            log.warn("Releasing quarantined mail {} from the console failed", id, failed);
            result.addFlashAttribute(
                    "problem", "Mail " + id + " kon niet worden vrijgegeven; probeer het later opnieuw.");
        }
        return "redirect:/rejections";
    }

    private static boolean operator(ConsoleUser user) {
        return user.role() == Role.OPERATOR;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
