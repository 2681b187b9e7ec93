package nl.reflexengine.console.claims;

import java.time.LocalDate;

/**
 * What a user searches claims by; every field may be empty. Spring binds it from the search form's query
 * parameters, so the CSV export of a list takes the same link as the list.
 *
 * @param nummer claim number, exactly
 * @param achternaam part of the employee's name, in any case
 * @param geboortedatum the employee's birth date
 * @param klant client id
 * @param vestiging vestigingscode
 * @param status claim status (LOPEND, ...)
 * @param achterstallig only claims with an open action point past its due moment
 * @param vanaf first day of sickness on or after
 * @param tot first day of sickness on or before
 */
public record ClaimSearch(
        String nummer,
        String achternaam,
        LocalDate geboortedatum,
        String klant,
        String vestiging,
        String status,
        Boolean achterstallig,
        LocalDate vanaf,
        LocalDate tot) {

    /** Only claims with an overdue action point (unticked, the box is not sent at all). */
    public boolean overdueOnly() {
        return Boolean.TRUE.equals(achterstallig);
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
