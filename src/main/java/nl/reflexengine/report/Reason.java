package nl.reflexengine.report;

/** Reason for incapacity (reden arbeidsongeschiktheid). */
public enum Reason {
    SICK_TEMP_WORKER,
    SICK_ON_CALL_WORKER,
    SICK_OUT_OF_SERVICE,
    SICK_ART_29B,
    SICK_OTHER_ART_4_5,
    SICK_PREGNANCY,
    SICK_CHILDBIRTH,
    SICK_ORGAN_DONATION,
    WAZO,
    DEATH
}
