package nl.reflexengine.console.rejections;

import java.time.LocalDate;

/**
 * What a user filters rejected and quarantined messages by; every field may be empty.
 *
 * @param klant client id
 * @param code a violation code the message was rejected with
 * @param kanaal the channel (MAIL, SFTP, REPLAY)
 * @param vanaf received on or after this day (Dutch time)
 * @param tot received on or before this day (Dutch time)
 */
public record RejectionSearch(String klant, String code, String kanaal, LocalDate vanaf, LocalDate tot) {

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
