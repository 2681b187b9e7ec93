package nl.reflexengine.claims;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a claim decision needs to know of the claims already registered. Every question names the client
 * first: one client's claims never answer for another's. {@link ClaimRepository} answers from the database.
 */
public interface ClaimLookup {

    /** The claim a message (the sick report or a correction of it) belongs to, unless withdrawn. */
    Optional<StoredClaim> byMessage(String clientId, String messageId);

    /** Whether a report or correction of this client already used this message id (withdrawn ones too). */
    boolean messageIdUsed(String clientId, String messageId);

    /** The running sickness claim of this person with this first day at this client (never a leave record). */
    Optional<StoredClaim> open(String clientId, String bsn, LocalDate firstDay);

    /** The first sick days of this person's sickness claims (not withdrawn) at this client within the given period. */
    List<LocalDate> firstDaysStarting(String clientId, String bsn, LocalDate from, LocalDate to);
}
