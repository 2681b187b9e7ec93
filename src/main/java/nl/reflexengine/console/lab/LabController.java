package nl.reflexengine.console.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.reflexengine.console.ConsoleUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The test-reflex lab: upload or paste a test reflex for a client and get the verdict in the same response. */
@Controller
class LabController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(LabController.class);

    /** The name a pasted message gets in its record and in the test report mail. */
    static final String PASTED = "geplakt-bericht.xml";

    private final TestLab lab;

    LabController(TestLab lab) {
        this.lab = lab;
    }

    @GetMapping("/lab")
    String page(
            @AuthenticationPrincipal ConsoleUser user,
            @RequestParam(name = "klant", required = false) String clientId,
            Model model) {
        var clients = lab.clients(user.scope());
        model.addAttribute("clients", clients);
        var client = clientId == null ? clients.stream().findFirst() : lab.client(user.scope(), clientId);
        if (clientId != null && client.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        client.ifPresent(chosen -> {
            model.addAttribute("client", chosen);
            model.addAttribute("history", lab.history(chosen));
            model.addAttribute("checklist", lab.checklist(chosen));
        });
        return "lab/lab";
    }

    @PostMapping("/lab")
    String test(
            @AuthenticationPrincipal ConsoleUser user,
            @RequestParam("klant") String clientId,
            @RequestParam(name = "bestand", required = false) MultipartFile file,
            @RequestParam(name = "xml", required = false) String pasted,
            Model model)
            throws IOException {
        var client =
                lab.client(user.scope(), clientId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        boolean uploaded = file != null && !file.isEmpty();
        if (!uploaded && (pasted == null || pasted.isBlank())) {
            model.addAttribute("problem", "Kies een bestand of plak de XML van een testbericht.");
        } else {
            String name = uploaded ? fileName(file) : PASTED;
            byte[] content = uploaded ? file.getBytes() : pasted.getBytes(StandardCharsets.UTF_8);
            try {
                model.addAttribute("verdict", Verdict.of(lab.run(client, user.getUsername(), name, content), name));
            } catch (IllegalStateException engineFailure) {
                log.warn("A console upload could not be tested", engineFailure);
                model.addAttribute(
                        "problem",
                        "Het bericht kon door een storing niet worden getest. Probeer het over enkele minuten"
                                + " opnieuw; blijft het misgaan, meld dan het tijdstip aan de operator.");
            }
        }
        // the whole page, also for htmx (which swaps its main): the checklist and history follow the verdict
        return page(user, clientId, model);
    }

    /** The uploaded file's own name, without any folder a browser sends along. */
    private static String fileName(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "upload.xml" : file.getOriginalFilename();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.isBlank() ? "upload.xml" : name;
    }
}
