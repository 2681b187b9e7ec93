package nl.reflexengine.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "123456782|*********",
                "123456782 meldt zich ziek|********* meldt zich ziek",
                "werknemer 123456782 meldt zich ziek|werknemer ********* meldt zich ziek",
                "ziekmelding van 123456782|ziekmelding van *********",
                "bsn=123456782;|bsn=*********;",
                "<Bsn>123456782</Bsn>|<Bsn>*********</Bsn>",
                "123456782 en 111222333, niet 1234|********* en *********, niet 1234",
                "a123456789b|a*********b",
            })
    void masksEveryFreeStandingRunOfNineDigits(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "personeelsnummer 12345678",
                "telefoon 0612345678",
                "IBAN NL91ABNA0417164300",
                "lange reeks 123456789123456789",
                "datum 2026-10-12 om 09:00",
                "geen cijfers",
            })
    void leavesTextWithoutAFreeStandingNineDigitRunAlone(String text) {
        assertThat(PersonalData.mask(text)).isEqualTo(text);
    }

    @Test
    void masksOnlyTheNineDigitRunAndKeepsLongerAndShorterRuns() {
        assertThat(PersonalData.mask("12345678 123456782 1234567890")).isEqualTo("12345678 ********* 1234567890");
    }

    @Test
    void masksNullAndEmptyTextToThemselves() {
        assertThat(PersonalData.mask(null)).isNull();
        assertThat(PersonalData.mask("")).isEmpty();
    }

    @Test
    void showsOnlyTheLastFourDigitsOfABsn() {
        assertThat(PersonalData.maskBsn("123456782")).isEqualTo("*****6782");
        assertThat(PersonalData.maskBsn("111222333")).isEqualTo("*****2333");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "123"})
    void masksATooShortBsnCompletely(String bsn) {
        assertThat(PersonalData.maskBsn(bsn)).isEqualTo("*********");
    }

    @Test
    void masksAMissingBsnCompletely() {
        assertThat(PersonalData.maskBsn(null)).isEqualTo("*********");
    }

    @Test
    void sanitizedKeepsClassNameAndStackTraceButMasksTheMessage() {
        IllegalStateException failure = new IllegalStateException("BSN 123456782 is onbekend");

        Throwable sanitized = PersonalData.sanitized(failure);

        assertThat(sanitized.getMessage()).isEqualTo("java.lang.IllegalStateException: BSN ********* is onbekend");
        assertThat(sanitized.getStackTrace()).isNotEmpty().containsExactly(failure.getStackTrace());
        assertThat(failure.getMessage()).isEqualTo("BSN 123456782 is onbekend");
    }

    @Test
    void sanitizedMasksTheWholeCauseChain() {
        IOException root = new IOException("bestand 111222333.xml onleesbaar");
        IllegalArgumentException middle = new IllegalArgumentException("waarde 123456782 ongeldig", root);
        IllegalStateException failure = new IllegalStateException("bericht afgewezen", middle);

        Throwable sanitized = PersonalData.sanitized(failure);

        assertThat(sanitized.getMessage()).isEqualTo("java.lang.IllegalStateException: bericht afgewezen");
        Throwable cause = sanitized.getCause();
        assertThat(cause.getMessage()).isEqualTo("java.lang.IllegalArgumentException: waarde ********* ongeldig");
        assertThat(cause.getStackTrace()).containsExactly(middle.getStackTrace());
        Throwable rootCause = cause.getCause();
        assertThat(rootCause.getMessage()).isEqualTo("java.io.IOException: bestand *********.xml onleesbaar");
        assertThat(rootCause.getStackTrace()).containsExactly(root.getStackTrace());
        assertThat(rootCause.getCause()).isNull();
    }

    @Test
    void sanitizedCopesWithACauseChainThatLoops() {
        RuntimeException a = new RuntimeException("a 123456782");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);

        Throwable copy = PersonalData.sanitized(a);

        assertThat(copy.getMessage()).doesNotContain("123456782");
        assertThat(copy.getCause().getMessage()).endsWith(": b");
        assertThat(copy.getCause().getCause()).isNull();
    }

    @Test
    void printedSanitizedStackTraceContainsNoBsn() {
        Exception failure =
                new IllegalStateException("afgewezen: 123456782", new IllegalArgumentException("ongeldig: 111222333"));

        StringWriter printed = new StringWriter();
        PersonalData.sanitized(failure).printStackTrace(new PrintWriter(printed));

        assertThat(printed.toString())
                .doesNotContain("123456782", "111222333")
                .contains("java.lang.IllegalStateException: afgewezen: *********")
                .contains("Caused by:")
                .contains("java.lang.IllegalArgumentException: ongeldig: *********")
                .contains(PersonalDataTest.class.getName());
    }
}
