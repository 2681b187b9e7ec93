package nl.reflexengine.uwv;

/** The DigiZSM messages the engine sends to UWV. A withdrawal travels in the sick-report flow. */
public enum UwvFlow {
    ZIEKTEAANGIFTE,
    ZIEKTEAANGIFTE_INTREKKING
}
