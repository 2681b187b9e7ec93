package nl.reflexengine.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** One signature and one way to ask questions, configured once, under every mail. */
class MailTemplatesTest {

    private static final Map<String, String> REJECTION = Map.of(
            "reference", "kenmerk X-1 (J.)",
            "delivery", "Bestand:           x.xml",
            "findingsHeading", "Wat er niet klopt:",
            "violations", "- [BSN_ELEVEN_TEST] veld /Ziekmelding/Werknemer/Bsn",
            "closing", "Corrigeer het bericht.");

    @Test
    void everyMailIsSignedAndSaysWhereToAskAsConfigured() {
        var templates = new MailTemplates(
                new MailTextProperties("Verzuimteam Acme Verzuimbeheer", "vragen@acme.example", " 020 123 45 67 "));

        var rendered = templates.render("rejection", REJECTION);

        assertThat(rendered.subject()).isEqualTo("Bericht niet verwerkt: kenmerk X-1 (J.)");
        assertThat(rendered.body())
                .contains("Heeft u vragen? Neem dan contact met ons op via vragen@acme.example of 020 123 45 67.")
                .endsWith("\n\nMet vriendelijke groet,\n\nVerzuimteam Acme Verzuimbeheer\n")
                .doesNotContain("{{");
    }

    @Test
    void withoutAPhoneNumberOnlyTheAddress() {
        var templates = new MailTemplates(new MailTextProperties("Verzuimbeheer", "vragen@acme.example", ""));

        assertThat(templates.render("rejection", REJECTION).body())
                .contains("Neem dan contact met ons op via vragen@acme.example.\n");
    }

    @Test
    void aMissingValueIsAnError() {
        var templates = new MailTemplates(new MailTextProperties("Verzuimbeheer", "vragen@acme.example", ""));

        assertThatThrownBy(() -> templates.render("rejection", Map.of("reference", "x")))
                .hasMessageContaining("needs a value for {{delivery}}");
    }

    @Test
    void initialsReadAsInitials() {
        assertThat(MailText.initials("J.P.")).isEqualTo("J.P.");
        assertThat(MailText.initials("J. P.")).isEqualTo("J.P.");
        assertThat(MailText.initials("jp")).isEqualTo("J.P.");
        assertThat(MailText.initials("Th")).isEqualTo("T.H.");
        assertThat(MailText.initials("Th.")).isEqualTo("Th.");
        assertThat(MailText.initials(" ")).isEmpty();
        assertThat(MailText.initials(null)).isEmpty();
    }

    @Test
    void oneDayIsADay() {
        assertThat(MailText.days(1)).isEqualTo("1 dag");
        assertThat(MailText.days(9)).isEqualTo("9 dagen");
    }
}
