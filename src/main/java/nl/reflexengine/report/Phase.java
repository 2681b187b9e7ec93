package nl.reflexengine.report;

/** ABU and NBBU phases of a temp-work employment. */
public enum Phase {
    ABU_A,
    ABU_B,
    ABU_C,
    NBBU_1,
    NBBU_2,
    NBBU_3,
    NBBU_4;

    /** Fixed-term phases: the employment has an agreed end date. */
    public boolean requiresEndDate() {
        return this == ABU_B || this == NBBU_3;
    }
}
