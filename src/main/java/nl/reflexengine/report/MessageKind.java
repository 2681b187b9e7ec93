package nl.reflexengine.report;

/** What a message asks of the administrator, whatever wire format carried it. */
public enum MessageKind {
    SICK_REPORT,
    CORRECTION,
    WITHDRAWAL,
    RECOVERY,
    WAZO_APPLICATION,
    LONG_TERM_INCAPACITY,
    LONG_TERM_RECOVERY;

    /** Kinds that carry a full sick report (employment, incapacity, optional wage data). */
    public boolean carriesSickReport() {
        return this == SICK_REPORT || this == CORRECTION;
    }
}
