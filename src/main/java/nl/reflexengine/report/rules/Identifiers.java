package nl.reflexengine.report.rules;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** Checks of Dutch identifiers, as the domain defines them. */
public final class Identifiers {

    private static final Pattern NINE_DIGITS = Pattern.compile("[0-9]{9}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}");
    private static final Pattern LOONHEFFINGENNUMMER = Pattern.compile("[0-9]{9}L[0-9]{2}");
    private static final Pattern DUTCH_POSTCODE = Pattern.compile("[1-9][0-9]{3} ?(?!SA|SD|SS)[A-Z]{2}");
    private static final int DUTCH_IBAN_LENGTH = 18;
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Identifiers() {}

    public static boolean isBsnFormat(String value) {
        return NINE_DIGITS.matcher(value).matches();
    }

    /** 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 is divisible by 11 and not 0. */
    public static boolean passesElevenTest(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nineDigits.charAt(i) - '0');
        }
        sum -= nineDigits.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }

    public static boolean isIbanFormat(String value) {
        return IBAN.matcher(value).matches() && (!value.startsWith("NL") || value.length() == DUTCH_IBAN_LENGTH);
    }

    /** ISO 13616: move the first four characters to the end, letters to numbers, remainder mod 97 is 1. */
    public static boolean passesIbanChecksum(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder(rearranged.length() * 2);
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    public static boolean isLoonheffingennummer(String value) {
        return LOONHEFFINGENNUMMER.matcher(value).matches();
    }

    public static boolean isDutchPostcode(String value) {
        return DUTCH_POSTCODE.matcher(value).matches();
    }
}
