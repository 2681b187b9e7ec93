package nl.reflexengine.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds canonical sick reports for rule tests: starts from a complete, valid report of a sick temp
 * worker and lets a test change the one thing it is about.
 */
public final class SickReportBuilder {

    public static final LocalDate FIRST_DAY = LocalDate.of(2026, 10, 12);

    private MessageKind kind = MessageKind.SICK_REPORT;
    private Header header = new Header(
            Origin.REFLEX,
            "ZON-2026-TEST-1",
            "Easyflex",
            null,
            OffsetDateTime.parse("2026-10-13T09:00:00+02:00"),
            false,
            null);
    private Employer employer = new Employer(null, "811111112L01", "ZW-ZON-2026", "ZON-AMS", null);
    private Employee employee = new Employee(
            "123456782",
            LocalDate.of(1990, 5, 17),
            "P-1",
            "Jansen",
            null,
            "J.",
            "Jan",
            null,
            null,
            Gender.MALE,
            "NL91ABNA0417164300");
    private Contact contact = new Contact(
            "020-5550000",
            null,
            null,
            new Address("Damrak", "1", null, "1012 LG", "Amsterdam", null, null, "NL"),
            null);
    private Employment employment = new Employment(
            EmploymentNature.TEMP_WORK, Phase.ABU_A, true, "Magazijnmedewerker", LocalDate.of(2025, 3, 1), null);
    private Incapacity incapacity = new Incapacity(
            Reason.SICK_TEMP_WORKER,
            FIRST_DAY,
            FIRST_DAY,
            false,
            FIRST_DAY.minusDays(1),
            BigDecimal.ZERO,
            new BigDecimal("8"),
            true,
            null,
            null,
            null,
            null,
            null,
            null);
    private Wazo wazo;
    private Death death;
    private List<WagePeriod> wagePeriods = new ArrayList<>();
    private Recovery recovery;

    public static SickReportBuilder validSickReport() {
        return new SickReportBuilder();
    }

    public SickReportBuilder kind(MessageKind kind) {
        this.kind = kind;
        return this;
    }

    public SickReportBuilder payrollSystem(String payrollSystem) {
        header = new Header(
                header.origin(),
                header.messageId(),
                payrollSystem,
                header.sender(),
                header.created(),
                header.test(),
                null);
        return this;
    }

    public SickReportBuilder origin(Origin origin) {
        header = new Header(
                origin,
                header.messageId(),
                header.payrollSystem(),
                header.sender(),
                header.created(),
                header.test(),
                null);
        return this;
    }

    public SickReportBuilder created(OffsetDateTime created) {
        header = new Header(
                header.origin(),
                header.messageId(),
                header.payrollSystem(),
                header.sender(),
                created,
                header.test(),
                null);
        return this;
    }

    /** The message's own id, and for a correction or withdrawal the id of the message it refers to. */
    public SickReportBuilder messageId(String messageId, String refersTo) {
        header = new Header(
                header.origin(),
                messageId,
                header.payrollSystem(),
                header.sender(),
                header.created(),
                header.test(),
                refersTo);
        return this;
    }

    public SickReportBuilder employer(Employer employer) {
        this.employer = employer;
        return this;
    }

    public SickReportBuilder bsn(String bsn) {
        return employee(bsn, employee.iban());
    }

    public SickReportBuilder iban(String iban) {
        return employee(employee.bsn(), iban);
    }

    private SickReportBuilder employee(String bsn, String iban) {
        employee = new Employee(
                bsn,
                employee.birthDate(),
                employee.personnelNumber(),
                employee.surname(),
                employee.prefix(),
                employee.initials(),
                employee.firstName(),
                employee.partnerSurname(),
                employee.partnerPrefix(),
                employee.gender(),
                iban);
        return this;
    }

    public SickReportBuilder homeAddress(String postcode, String countryCode) {
        contact = new Contact(
                contact.phone(),
                contact.mobile(),
                contact.email(),
                new Address("Straat", "1", null, postcode, "Plaats", null, null, countryCode),
                contact.residenceAddress());
        return this;
    }

    public SickReportBuilder employment(
            EmploymentNature nature, Phase phase, boolean uitzendbeding, LocalDate start, LocalDate end) {
        employment = new Employment(nature, phase, uitzendbeding, employment.jobTitle(), start, end);
        return this;
    }

    public SickReportBuilder endDate(LocalDate end) {
        return employment(
                employment.nature(), employment.phase(), employment.uitzendbeding(), employment.startDate(), end);
    }

    public SickReportBuilder reason(Reason reason) {
        return incapacity(reason, incapacity.firstDay(), incapacity.reportedSickOn(), incapacity.lastWorkingDay());
    }

    public SickReportBuilder incapacity(
            Reason reason, LocalDate firstDay, LocalDate reportedSickOn, LocalDate lastWorkingDay) {
        incapacity = new Incapacity(
                reason,
                firstDay,
                reportedSickOn,
                incapacity.accident(),
                lastWorkingDay,
                incapacity.hoursWorkedFirstDay(),
                incapacity.scheduledHoursFirstDay(),
                incapacity.workObligationFirstDay(),
                null,
                null,
                null,
                null,
                incapacity.vangnetIndicator(),
                incapacity.occupationallyDisabled());
        return this;
    }

    public SickReportBuilder hours(String worked, String scheduled) {
        incapacity = new Incapacity(
                incapacity.reason(),
                incapacity.firstDay(),
                incapacity.reportedSickOn(),
                incapacity.accident(),
                incapacity.lastWorkingDay(),
                new BigDecimal(worked),
                new BigDecimal(scheduled),
                incapacity.workObligationFirstDay(),
                null,
                null,
                null,
                null,
                incapacity.vangnetIndicator(),
                incapacity.occupationallyDisabled());
        return this;
    }

    /** The DigiZSM vangnet indicator and the no-risk status (arbeidsgehandicapte); null: not stated. */
    public SickReportBuilder vangnet(Boolean indicator, Boolean occupationallyDisabled) {
        incapacity = new Incapacity(
                incapacity.reason(),
                incapacity.firstDay(),
                incapacity.reportedSickOn(),
                incapacity.accident(),
                incapacity.lastWorkingDay(),
                incapacity.hoursWorkedFirstDay(),
                incapacity.scheduledHoursFirstDay(),
                incapacity.workObligationFirstDay(),
                incapacity.nextScheduledWorkingDay(),
                incapacity.scheduledNextSaturday(),
                incapacity.scheduledNextSunday(),
                incapacity.remark(),
                indicator,
                occupationallyDisabled);
        return this;
    }

    public SickReportBuilder wazo(Wazo wazo) {
        this.wazo = wazo;
        return this;
    }

    public SickReportBuilder death(Death death) {
        this.death = death;
        return this;
    }

    public SickReportBuilder wagePeriods(int count) {
        wagePeriods = new ArrayList<>();
        LocalDate start = LocalDate.of(2025, 9, 1);
        for (int i = 0; i < count; i++) {
            wagePeriods.add(
                    wagePeriod(start.plusMonths(i), start.plusMonths(i + 1).minusDays(1)));
        }
        return this;
    }

    public SickReportBuilder addWagePeriod(LocalDate start, LocalDate end) {
        wagePeriods.add(wagePeriod(start, end));
        return this;
    }

    public SickReportBuilder recovery(Recovery recovery) {
        this.recovery = recovery;
        return this;
    }

    public SickReport build() {
        return new SickReport(
                kind, header, employer, employee, contact, employment, incapacity, wazo, death, wagePeriods, recovery);
    }

    private static WagePeriod wagePeriod(LocalDate start, LocalDate end) {
        return new WagePeriod(
                start,
                end,
                new BigDecimal("2450.00"),
                new BigDecimal("196.00"),
                null,
                null,
                null,
                21,
                new BigDecimal("160"));
    }
}
