package nl.reflexengine.report;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Overlijden: the first day of incapacity is the date of death. */
public record Death(
        LocalDate dateOfDeath,

        @DecimalMin(value = "0", message = "HOURS_OUT_OF_RANGE")
        @DecimalMax(value = "24", message = "HOURS_OUT_OF_RANGE")
        BigDecimal hoursWorked,

        @DecimalMin(value = "0", message = "HOURS_OUT_OF_RANGE")
        @DecimalMax(value = "24", message = "HOURS_OUT_OF_RANGE")
        BigDecimal hoursScheduled,

        Boolean workObligation) {}
