package nl.reflexengine.users;

import java.security.SecureRandom;

/**
 * Passwords the engine hands out (a new user without {@code --password-stdin}, a reset, local mode): 20
 * characters from an alphabet without look-alikes (no 0/O, 1/l/I), about 115 bits, easy to type once.
 */
public final class NewPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The shortest password a person may choose (with {@code --password-stdin}). */
    public static final int MINIMUM_LENGTH = 12;

    private NewPasswords() {}

    public static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
