package nl.reflexengine.report;

import jakarta.validation.Valid;
import java.time.LocalDate;

/** Leave under the WAZO (pregnancy and birth leave, extra birth leave, paid parental leave). */
public record Wazo(
        WazoReason reason,
        LocalDate leaveStart,
        LocalDate expectedDeliveryDate,
        LocalDate lastWorkingDay,
        LocalDate nextWorkingDay,
        @Valid ExtraBirthLeave extraBirthLeave) {}
