package nl.reflexengine.report;

public enum WazoReason {
    PREGNANCY_AND_BIRTH_LEAVE,
    EXTRA_BIRTH_LEAVE,
    PAID_PARENTAL_LEAVE
}
