package nl.reflexengine.mapping;

import nl.reflexengine.report.EmploymentNature;
import nl.reflexengine.report.Gender;
import nl.reflexengine.report.Phase;
import nl.reflexengine.report.Reason;
import nl.reflexengine.report.WazoReason;
import nl.reflexengine.wire.types.v1.EmploymentNatureType;
import nl.reflexengine.wire.types.v1.GenderType;
import nl.reflexengine.wire.types.v1.PhaseType;
import nl.reflexengine.wire.types.v1.ReasonType;
import nl.reflexengine.wire.types.v1.WazoReasonType;

/**
 * The code lists of the v1 wire formats, translated to the canonical model. Written out in full so that a
 * code added to a schema fails the build here instead of slipping through as null.
 */
final class WireCodes {

    private WireCodes() {}

    static Reason reason(ReasonType code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case ZIEK_UITZENDKRACHT -> Reason.SICK_TEMP_WORKER;
            case ZIEK_OPROEPKRACHT -> Reason.SICK_ON_CALL_WORKER;
            case ZIEK_UIT_DIENST -> Reason.SICK_OUT_OF_SERVICE;
            case ZIEK_ART_29_B -> Reason.SICK_ART_29B;
            case ZIEK_OVERIG_ART_4_5 -> Reason.SICK_OTHER_ART_4_5;
            case ZIEK_ZWANGERSCHAP -> Reason.SICK_PREGNANCY;
            case ZIEK_BEVALLING -> Reason.SICK_CHILDBIRTH;
            case ZIEK_ORGAANDONATIE -> Reason.SICK_ORGAN_DONATION;
            case WAZO -> Reason.WAZO;
            case OVERLIJDEN -> Reason.DEATH;
        };
    }

    static WazoReason wazoReason(WazoReasonType code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case ZWANGERSCHAPS_EN_BEVALLINGSVERLOF -> WazoReason.PREGNANCY_AND_BIRTH_LEAVE;
            case AANVULLEND_GEBOORTEVERLOF -> WazoReason.EXTRA_BIRTH_LEAVE;
            case BETAALD_OUDERSCHAPSVERLOF -> WazoReason.PAID_PARENTAL_LEAVE;
        };
    }

    static EmploymentNature nature(EmploymentNatureType code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case UITZENDOVEREENKOMST -> EmploymentNature.TEMP_WORK;
            case OPROEPOVEREENKOMST -> EmploymentNature.ON_CALL;
            case BEPAALDE_TIJD -> EmploymentNature.FIXED_TERM;
            case ONBEPAALDE_TIJD -> EmploymentNature.PERMANENT;
            case STAGE -> EmploymentNature.INTERN;
            case FICTIEF -> EmploymentNature.FICTITIOUS;
        };
    }

    static Phase phase(PhaseType code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case ABU_A -> Phase.ABU_A;
            case ABU_B -> Phase.ABU_B;
            case ABU_C -> Phase.ABU_C;
            case NBBU_1 -> Phase.NBBU_1;
            case NBBU_2 -> Phase.NBBU_2;
            case NBBU_3 -> Phase.NBBU_3;
            case NBBU_4 -> Phase.NBBU_4;
        };
    }

    static Gender gender(GenderType code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case M -> Gender.MALE;
            case V -> Gender.FEMALE;
            case O -> Gender.OTHER;
        };
    }
}
