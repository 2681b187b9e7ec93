package nl.reflexengine.report;

import java.time.LocalDate;
import nl.reflexengine.report.rules.Bsn;
import nl.reflexengine.report.rules.Iban;

public record Employee(
        @Bsn String bsn,
        LocalDate birthDate,
        String personnelNumber,
        String surname,
        String prefix,
        String initials,
        String firstName,
        String partnerSurname,
        String partnerPrefix,
        Gender gender,
        @Iban String iban) {}
