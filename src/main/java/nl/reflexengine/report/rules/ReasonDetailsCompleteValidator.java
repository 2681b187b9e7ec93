package nl.reflexengine.report.rules;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import nl.reflexengine.report.Death;
import nl.reflexengine.report.MessageKind;
import nl.reflexengine.report.Origin;
import nl.reflexengine.report.Reason;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.report.Wazo;
import nl.reflexengine.report.WazoReason;
import nl.reflexengine.violation.RuleViolations;
import nl.reflexengine.violation.ViolationCode;

public class ReasonDetailsCompleteValidator implements ConstraintValidator<ReasonDetailsComplete, SickReport> {

    @Override
    public boolean isValid(SickReport report, ConstraintValidatorContext context) {
        // UWV's own flows name the reason but have no section for leave or death details: only Reflex
        // sick reports, and WAZO applications of either format, must carry them
        boolean reflex = report.header() != null && report.header().origin() == Origin.REFLEX;
        Reason reason = !reflex || report.incapacity() == null
                ? null
                : report.incapacity().reason();
        boolean valid = true;
        if (reason == Reason.WAZO || report.kind() == MessageKind.WAZO_APPLICATION) {
            valid = wazoComplete(report.wazo(), context);
        }
        if (reason == Reason.DEATH) {
            valid &= deathComplete(report, context);
        }
        return valid;
    }

    private static boolean wazoComplete(Wazo wazo, ConstraintValidatorContext context) {
        if (wazo == null || wazo.reason() == null || wazo.leaveStart() == null) {
            RuleViolations.report(context, ViolationCode.WAZO_DETAILS_MISSING, "wazo");
            return false;
        }
        if (wazo.reason() == WazoReason.PREGNANCY_AND_BIRTH_LEAVE && wazo.expectedDeliveryDate() == null) {
            RuleViolations.report(
                    context, ViolationCode.EXPECTED_DELIVERY_DATE_MISSING, "wazo", "expectedDeliveryDate");
            return false;
        }
        if (wazo.reason() == WazoReason.EXTRA_BIRTH_LEAVE) {
            var leave = wazo.extraBirthLeave();
            if (leave == null
                    || leave.weeks() == null
                    || leave.leaveStart() == null
                    || leave.childBirthDate() == null) {
                RuleViolations.report(
                        context, ViolationCode.EXTRA_BIRTH_LEAVE_DETAILS_MISSING, "wazo", "extraBirthLeave");
                return false;
            }
            // leave not stated to be taken is not known to be taken: refused as if stated false (which
            // ExtraBirthLeave's own constraint refuses); DigiZSM may leave the statement out
            if (leave.standardBirthLeaveTaken() == null) {
                RuleViolations.report(
                        context,
                        ViolationCode.EXTRA_BIRTH_LEAVE_STANDARD_NOT_TAKEN,
                        "wazo",
                        "extraBirthLeave",
                        "standardBirthLeaveTaken");
                return false;
            }
        }
        return true;
    }

    private static boolean deathComplete(SickReport report, ConstraintValidatorContext context) {
        Death death = report.death();
        if (death == null
                || death.dateOfDeath() == null
                || death.hoursWorked() == null
                || death.hoursScheduled() == null
                || death.workObligation() == null) {
            RuleViolations.report(context, ViolationCode.DEATH_DETAILS_MISSING, "death");
            return false;
        }
        if (!death.dateOfDeath().equals(report.incapacity().firstDay())) {
            RuleViolations.report(context, ViolationCode.DEATH_DATE_MISMATCH, "death", "dateOfDeath");
            return false;
        }
        return true;
    }
}
