package nl.reflexengine.report;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Work resumption or recovery. A partial resumption carries the percentage resumed and the SV-loon of the
 * first incapacity day and per incapacity day.
 */
public record Recovery(
        LocalDate date,
        boolean full,
        BigDecimal percentageResumed,
        BigDecimal svLoonFirstDay,
        BigDecimal svLoonPerDayPartial) {}
