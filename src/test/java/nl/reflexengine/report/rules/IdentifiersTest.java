package nl.reflexengine.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990"})
    void acceptsBsnPassingElevenTest(String bsn) {
        assertThat(Identifiers.passesElevenTest(bsn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789", // sum 147
                "123456783", // 123456782 with the last digit changed
                "111222334", // 111222333 with the last digit changed
                "211222333", // 111222333 with the first digit changed
            })
    void rejectsBsnFailingElevenTest(String bsn) {
        assertThat(Identifiers.passesElevenTest(bsn)).isFalse();
    }

    @Test
    void rejectsBsnWhoseElevenTestSumIsZero() {
        // 0 is divisible by 11, but 000000000 is no BSN
        assertThat(Identifiers.passesElevenTest("000000000")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456782", "000000000", "999999999"})
    void acceptsNineDigitsAsBsnFormat(String value) {
        assertThat(Identifiers.isBsnFormat(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678", "1234567820", "12345678a", " 123456782", "123456782 ", "123-456-782"})
    void rejectsAnythingButNineDigitsAsBsnFormat(String value) {
        assertThat(Identifiers.isBsnFormat(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA0417164300", "NL02ABNA0123456789", "DE89370400440532013000", "BE68539007547034"})
    void acceptsIbanWithValidChecksum(String iban) {
        assertThat(Identifiers.passesIbanChecksum(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NL91ABNA0417164301", // last digit changed
                "NL92ABNA0417164300", // check digits changed
                "NL91ABNA0417164030", // two digits swapped
                "DE89370400440532013001",
                "BE68539007547035",
            })
    void rejectsIbanWithWrongChecksum(String iban) {
        assertThat(Identifiers.passesIbanChecksum(iban)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NL91ABNA0417164300", "DE89370400440532013000", "BE68539007547034"})
    void acceptsIbanFormat(String iban) {
        assertThat(Identifiers.isIbanFormat(iban)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "NL91ABNA04171643001", // Dutch IBAN of 19 characters
                "NL91ABNA041716430", // Dutch IBAN of 17 characters
                "nl91abna0417164300", // lower case
                "NL91abna0417164300",
                "NL91 ABNA 0417 1643 00", // with spaces
                "NLAAABNA0417164300", // letters as check digits
                "DE8937040044", // too short for any country
                "",
            })
    void rejectsMalformedIban(String iban) {
        assertThat(Identifiers.isIbanFormat(iban)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789L01", "811111112L99", "000000000L00"})
    void acceptsLoonheffingennummer(String value) {
        assertThat(Identifiers.isLoonheffingennummer(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12345678L01", // 8 digits
                "1234567890L01", // 10 digits
                "123456789X01", // not L
                "123456789l01", // lower case l
                "123456789L1", // one digit after L
                "123456789L012", // three digits after L
                "123456789L0A",
                "",
            })
    void rejectsMalformedLoonheffingennummer(String value) {
        assertThat(Identifiers.isLoonheffingennummer(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234 AB", "1234AB", "1012 LG", "9999 ZZ", "1234 SB", "1234 AS"})
    void acceptsDutchPostcode(String value) {
        assertThat(Identifiers.isDutchPostcode(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0123 AB", // starts with 0
                "1234 SA", // letter combinations not in use
                "1234 SD",
                "1234 SS",
                "1234SA",
                "1234SS",
                "1234 ab", // lower case
                "1234 Ab",
                "1234  AB", // two spaces
                "123 AB",
                "12345 AB",
                "1234 A",
                "1234 ABC",
                " 1234 AB",
                "1234-AB",
                "",
            })
    void rejectsMalformedDutchPostcode(String value) {
        assertThat(Identifiers.isDutchPostcode(value)).isFalse();
    }
}
