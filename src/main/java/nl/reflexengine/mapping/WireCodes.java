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
public final class WireCodes {

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

    /** The reason as UWV's flows code it, for the messages the engine writes. */
    public static ReasonType toWire(Reason reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case SICK_TEMP_WORKER -> ReasonType.ZIEK_UITZENDKRACHT;
            case SICK_ON_CALL_WORKER -> ReasonType.ZIEK_OPROEPKRACHT;
            case SICK_OUT_OF_SERVICE -> ReasonType.ZIEK_UIT_DIENST;
            case SICK_ART_29B -> ReasonType.ZIEK_ART_29_B;
            case SICK_OTHER_ART_4_5 -> ReasonType.ZIEK_OVERIG_ART_4_5;
            case SICK_PREGNANCY -> ReasonType.ZIEK_ZWANGERSCHAP;
            case SICK_CHILDBIRTH -> ReasonType.ZIEK_BEVALLING;
            case SICK_ORGAN_DONATION -> ReasonType.ZIEK_ORGAANDONATIE;
            case WAZO -> ReasonType.WAZO;
            case DEATH -> ReasonType.OVERLIJDEN;
        };
    }

    public static GenderType toWire(Gender gender) {
        if (gender == null) {
            return null;
        }
        return switch (gender) {
            case MALE -> GenderType.M;
            case FEMALE -> GenderType.V;
            case OTHER -> GenderType.O;
        };
    }

    /** The kind of leave as UWV's WAZO flow codes it. */
    public static WazoReasonType toWire(WazoReason reason) {
        if (reason == null) {
            return null;
        }
        return switch (reason) {
            case PREGNANCY_AND_BIRTH_LEAVE -> WazoReasonType.ZWANGERSCHAPS_EN_BEVALLINGSVERLOF;
            case EXTRA_BIRTH_LEAVE -> WazoReasonType.AANVULLEND_GEBOORTEVERLOF;
            case PAID_PARENTAL_LEAVE -> WazoReasonType.BETAALD_OUDERSCHAPSVERLOF;
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
