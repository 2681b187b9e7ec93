package nl.reflexengine.claims;

import java.util.EnumSet;
import java.util.Set;
import nl.reflexengine.report.Incapacity;
import nl.reflexengine.report.Reason;

/**
 * Whether a sickness falls under UWV's safety net (vangnet): UWV carries it, so the report goes to UWV at
 * once and the dossier closes. Its reason may say so, the sender may say so (DigiZSM's vangnet indicator),
 * or the employee's no-risk status (arbeidsgehandicapte) does, whatever the reason.
 */
final class Vangnet {

    /** Sickness UWV carries itself by its reason alone. */
    static final Set<Reason> REASONS =
            EnumSet.of(Reason.SICK_PREGNANCY, Reason.SICK_CHILDBIRTH, Reason.SICK_ORGAN_DONATION, Reason.SICK_ART_29B);

    private Vangnet() {}

    /** False without an incapacity (a WAZO application is leave, not sickness). */
    static boolean applies(Incapacity incapacity) {
        if (incapacity == null) {
            return false;
        }
        return REASONS.contains(incapacity.reason())
                || Boolean.TRUE.equals(incapacity.vangnetIndicator())
                || Boolean.TRUE.equals(incapacity.occupationallyDisabled());
    }
}
