package nl.reflexengine.users;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;

/**
 * Time-based one-time codes (RFC 6238) as authenticator apps make them: HMAC-SHA1, six digits, 30-second
 * steps. A code of the step before or after the current one is accepted too (clocks drift; a user types).
 */
public final class TotpCodes {

    private static final Duration STEP = Duration.ofSeconds(30);
    private static final int DIGITS = 6;
    private static final int SECRET_BYTES = 20; // 160 bits, as RFC 4226 recommends for HMAC-SHA1
    private static final SecureRandom RANDOM = new SecureRandom();

    private TotpCodes() {}

    /** A new secret, in the Base32 form apps and otpauth URIs use. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return new Base32().encodeToString(secret).replace("=", "");
    }

    /** What an authenticator app reads from the enrolment QR code. */
    public static String otpauthUri(String issuer, String username, String secret) {
        String label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer) + "&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP.toSeconds();
    }

    /** The code for this moment: what an app shows (tests type it as a user would). */
    public static String codeAt(String secret, Instant at) {
        try {
            return generator().generateOneTimePasswordString(key(secret), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a usable TOTP secret", e);
        }
    }

    /**
     * The time step the code belongs to, if it is the code of the current step or of one next to it.
     *
     * @return empty when the code is wrong (or not six digits)
     */
    public static OptionalLong matchingStep(String secret, String code, Instant now) {
        String typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("[0-9]{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if (codeAt(secret, Instant.ofEpochSecond(step * STEP.toSeconds())).equals(typed)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    private static TimeBasedOneTimePasswordGenerator generator() {
        return new TimeBasedOneTimePasswordGenerator(STEP, DIGITS);
    }

    private static SecretKeySpec key(String secret) {
        return new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
