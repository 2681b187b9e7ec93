package nl.reflexengine.console.lab;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An upload past spring.servlet.multipart.max-file-size is refused before any controller sees it: the lab
 * says so, in words, instead of an error page.
 */
@ControllerAdvice
class UploadLimit {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(RedirectAttributes result) {
        result.addFlashAttribute(
                "problem",
                "Het bestand is te groot om te testen (meer dan 10 MB). Een reflexbericht is enkele kilobytes.");
        return "redirect:/lab";
    }
}
