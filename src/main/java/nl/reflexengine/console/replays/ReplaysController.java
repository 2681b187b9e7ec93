package nl.reflexengine.console.replays;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.reflexengine.console.ConsoleUser;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Auditors: the replay comparisons in the replay folder, their summary (HTML, PDF) and their CSV files. */
@Controller
class ReplaysController {

    /**
     * The summary is the replay's own page, with its own styles: it may use them inline, and nothing else
     * (no script, no request anywhere).
     */
    static final String SUMMARY_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none';"
                    + " form-action 'none'; sandbox";

    private final ReplaySummaries replays;

    ReplaysController(ReplaySummaries replays) {
        this.replays = replays;
    }

    @GetMapping("/replays")
    String list(@AuthenticationPrincipal ConsoleUser user, Model model) {
        boolean visible = replays.visibleTo(user.scope());
        model.addAttribute("visible", visible);
        model.addAttribute("replays", visible ? replays.list() : java.util.List.of());
        model.addAttribute("directory", replays.directory());
        return "replays/list";
    }

    @GetMapping("/replays/{replay}/{file}")
    ResponseEntity<FileSystemResource> file(
            @AuthenticationPrincipal ConsoleUser user, @PathVariable String replay, @PathVariable String file)
            throws IOException {
        if (!replays.visibleTo(user.scope())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Path path = replays.file(replay, file).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var response = ResponseEntity.ok().contentLength(Files.size(path));
        if (file.endsWith(".html")) {
            return response.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                    .header("Content-Security-Policy", SUMMARY_POLICY)
                    .body(new FileSystemResource(path));
        }
        MediaType type = file.endsWith(".pdf") ? MediaType.APPLICATION_PDF : new MediaType("text", "csv");
        return response.contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + replay + "-" + file + "\"")
                .body(new FileSystemResource(path));
    }
}
