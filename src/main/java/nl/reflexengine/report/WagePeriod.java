package nl.reflexengine.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.reflexengine.report.rules.PeriodInOrder;

/** One declaration period of wage data (loongegevens). */
@PeriodInOrder
public record WagePeriod(
        LocalDate start,
        LocalDate end,
        BigDecimal svLoon,
        BigDecimal holidayAllowancePaid,
        BigDecimal holidayAllowanceEntitlement,
        BigDecimal extraPeriodSalaryPaid,
        BigDecimal extraPeriodSalaryEntitled,
        Integer svDays,
        BigDecimal hoursPaid) {}
