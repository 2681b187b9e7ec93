package nl.reflexengine.report;

/** Nature of employment (aard dienstverband). */
public enum EmploymentNature {
    TEMP_WORK,
    ON_CALL,
    FIXED_TERM,
    PERMANENT,
    INTERN,
    FICTITIOUS;

    /** Interns and fictitious employments follow their own end-date rule when reported sick out of service. */
    public boolean isInternOrFictitious() {
        return this == INTERN || this == FICTITIOUS;
    }
}
