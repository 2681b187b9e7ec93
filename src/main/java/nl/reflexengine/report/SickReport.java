package nl.reflexengine.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import nl.reflexengine.report.rules.DatesInOrder;
import nl.reflexengine.report.rules.EndDateRule;
import nl.reflexengine.report.rules.PhaseAcceptedFromPayrollSystem;
import nl.reflexengine.report.rules.ReasonDetailsComplete;
import nl.reflexengine.report.rules.RecoveryDateValid;

/**
 * The canonical sick-report model: what every inbound format (Reflex, DigiZSM, later others) is mapped to,
 * so that later steps never see a wire format. Sections a kind of message does not carry are null.
 *
 * @param incapacityPercentage how far the employee is unable to work (the week-42 report), or null
 */
@DatesInOrder
@EndDateRule
@ReasonDetailsComplete
@PhaseAcceptedFromPayrollSystem
@RecoveryDateValid
public record SickReport(
        MessageKind kind,
        Header header,
        @Valid Employer employer,
        @Valid Employee employee,
        @Valid Contact contact,
        Employment employment,
        @Valid Incapacity incapacity,
        @Valid Wazo wazo,
        @Valid Death death,
        @Valid @Size(max = 14, message = "WAGE_PERIODS_MAX") List<WagePeriod> wagePeriods,
        Recovery recovery,
        BigDecimal incapacityPercentage) {

    public SickReport {
        wagePeriods = wagePeriods == null ? List.of() : List.copyOf(wagePeriods);
    }

    /** A report without a percentage of incapacity (only the week-42 report carries one). */
    public SickReport(
            MessageKind kind,
            Header header,
            Employer employer,
            Employee employee,
            Contact contact,
            Employment employment,
            Incapacity incapacity,
            Wazo wazo,
            Death death,
            List<WagePeriod> wagePeriods,
            Recovery recovery) {
        this(
                kind,
                header,
                employer,
                employee,
                contact,
                employment,
                incapacity,
                wazo,
                death,
                wagePeriods,
                recovery,
                null);
    }

    /**
     * An application for leave under the WAZO, not a report of sickness: a DigiZSM WAZO application, or a
     * Reflex sick report (or its correction) whose reason is WAZO.
     */
    public boolean isLeaveApplication() {
        return kind == MessageKind.WAZO_APPLICATION
                || (kind.carriesSickReport() && incapacity != null && incapacity.reason() == Reason.WAZO);
    }

    public boolean isTest() {
        return header != null && header.test();
    }
}
