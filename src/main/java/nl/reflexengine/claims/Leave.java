package nl.reflexengine.claims;

import java.time.LocalDate;
import nl.reflexengine.report.Wazo;
import nl.reflexengine.report.WazoReason;

/**
 * The leave a WAZO application asks a benefit for: its kind and dates. The leave's start is the record's
 * first day.
 *
 * @param expectedDeliveryDate for pregnancy and birth leave
 * @param childBirthDate for extra birth leave
 * @param weeks for extra birth leave: how many weeks (1 to 5)
 */
public record Leave(WazoReason reason, LocalDate expectedDeliveryDate, LocalDate childBirthDate, Integer weeks) {

    static Leave of(Wazo wazo) {
        var extra = wazo.extraBirthLeave();
        return new Leave(
                wazo.reason(),
                wazo.expectedDeliveryDate(),
                extra == null ? null : extra.childBirthDate(),
                extra == null ? null : extra.weeks());
    }
}
