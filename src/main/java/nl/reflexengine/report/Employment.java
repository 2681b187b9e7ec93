package nl.reflexengine.report;

import java.time.LocalDate;

/** Dienstverband. */
public record Employment(
        EmploymentNature nature,
        Phase phase,
        boolean uitzendbeding,
        String jobTitle,
        LocalDate startDate,
        LocalDate endDate) {}
