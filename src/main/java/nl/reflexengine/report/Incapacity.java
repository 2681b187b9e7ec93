package nl.reflexengine.report;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The sick report proper (melding). The remark must never hold medical information. */
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
        String remark) {}
