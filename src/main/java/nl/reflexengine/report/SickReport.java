package nl.reflexengine.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.reflexengine.report.rules.DatesInOrder;
import nl.reflexengine.report.rules.EndDateRule;
import nl.reflexengine.report.rules.PhaseAcceptedFromPayrollSystem;
import nl.reflexengine.report.rules.ReasonDetailsComplete;
import nl.reflexengine.report.rules.RecoveryDateValid;

/**
 * The canonical sick-report model: what every inbound format (Reflex, DigiZSM, later others) is mapped to,
 * so that later steps never see a wire format. Sections a kind of message does not carry are null.
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
        Recovery recovery) {

    public SickReport {
        wagePeriods = wagePeriods == null ? List.of() : List.copyOf(wagePeriods);
    }

    public boolean isTest() {
        return header != null && header.test();
    }
}
