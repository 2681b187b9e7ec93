package nl.reflexengine.claims;

/** As the administrator registers it: running, closed, or cancelled (withdrawn). */
public enum ClaimStatus {
    LOPEND,
    GESLOTEN,
    GEANNULEERD
}
