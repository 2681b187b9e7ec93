package nl.reflexengine.report;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The sick report proper (melding). The remark must never hold medical information.
 *
 * @param vangnetIndicator the sender's own statement that the case falls under UWV's safety net (DigiZSM
 *     {@code Vangnet}); null when the message does not say
 * @param occupationallyDisabled the employee has the no-risk status of an occupationally disabled worker
 *     (arbeidsgehandicapte, {@code Arbeidsgehandicapt}), which puts every sickness under the safety net;
 *     null when the message does not say
 */
public record Incapacity(
        Reason reason,
        LocalDate firstDay,
        LocalDate reportedSickOn,
        Boolean accident,
        LocalDate lastWorkingDay,

        @DecimalMin(value = "0", message = "HOURS_OUT_OF_RANGE")
        @DecimalMax(value = "24", message = "HOURS_OUT_OF_RANGE")
        BigDecimal hoursWorkedFirstDay,

        @DecimalMin(value = "0", message = "HOURS_OUT_OF_RANGE")
        @DecimalMax(value = "24", message = "HOURS_OUT_OF_RANGE")
        BigDecimal scheduledHoursFirstDay,

        Boolean workObligationFirstDay,
        LocalDate nextScheduledWorkingDay,
        Boolean scheduledNextSaturday,
        Boolean scheduledNextSunday,
        String remark,
        Boolean vangnetIndicator,
        Boolean occupationallyDisabled) {}
