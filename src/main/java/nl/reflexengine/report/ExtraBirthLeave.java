package nl.reflexengine.report;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;

/** Aanvullend geboorteverlof (WIEG): 1 to 5 weeks, only after the standard birth leave was taken. */
public record ExtraBirthLeave(
        @Min(value = 1, message = "EXTRA_BIRTH_LEAVE_WEEKS") @Max(value = 5, message = "EXTRA_BIRTH_LEAVE_WEEKS")
        Integer weeks,

        LocalDate leaveStart,
        LocalDate childBirthDate,

        @AssertTrue(message = "EXTRA_BIRTH_LEAVE_STANDARD_NOT_TAKEN")
        Boolean standardBirthLeaveTaken,

        Boolean uwvPaysEmployeeDirectly) {}
