package nl.reflexengine.console.reference;

import nl.reflexengine.console.ConsoleUser;
import nl.reflexengine.reference.ReferenceDataException;
import nl.reflexengine.reference.ReferenceReload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reference data as loaded, and a reload from the CSV folder without a restart. */
@Controller
class ReferenceController {

    private static final Logger log = LoggerFactory.getLogger(ReferenceController.class);

    private final ReferenceView view;
    private final ReferenceReload reload;

    ReferenceController(ReferenceView view, ReferenceReload reload) {
        this.view = view;
        this.reload = reload;
    }

    @GetMapping("/reference")
    String page(@AuthenticationPrincipal ConsoleUser user, Model model) {
        model.addAttribute("status", reload.status());
        model.addAttribute("clients", view.clients(user.scope()));
        model.addAttribute("contracts", view.contracts(user.scope()));
        model.addAttribute("branches", view.branches(user.scope()));
        return "reference/data";
    }

    @PostMapping("/reference/reload")
    String reload(@AuthenticationPrincipal ConsoleUser user, RedirectAttributes result) {
        try {
            ReferenceReload.Status loaded = reload.reloadFromFiles();
            log.info("Reference data reloaded from the console by {}", user.getUsername());
            result.addFlashAttribute(
                    "notice",
                    "Referentiegegevens opnieuw geladen (versie %d): %d klanten, %d ZW-contracten, %d vestigingen. Alle instanties gebruiken ze binnen enkele seconden."
                            .formatted(loaded.version(), loaded.clients(), loaded.contracts(), loaded.branches()));
        } catch (DataAccessException storeUnavailable) {
            log.warn("Reloading the reference data from the console failed", storeUnavailable);
            result.addFlashAttribute(
                    "problem",
                    "De referentiegegevens zijn niet geladen; de vorige blijven in gebruik. Probeer het zo"
                            + " opnieuw.");
        } catch (ReferenceDataException unusable) {
            result.addFlashAttribute(
                    "problem",
                    "De referentiegegevens zijn niet geladen; de vorige blijven in gebruik. Fout in de bestanden: "
                            + unusable.getMessage());
        }
        return "redirect:/reference";
    }
}
