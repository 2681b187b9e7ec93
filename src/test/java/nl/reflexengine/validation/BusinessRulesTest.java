package nl.reflexengine.validation;

import static nl.reflexengine.report.SickReportBuilder.FIRST_DAY;
import static nl.reflexengine.report.SickReportBuilder.validSickReport;
import static nl.reflexengine.violation.ViolationCode.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.reflexengine.enrichment.ReportEnricher;
import nl.reflexengine.reference.ReferenceCatalog;
import nl.reflexengine.reference.ReferenceDataLoader;
import nl.reflexengine.report.Death;
import nl.reflexengine.report.Employer;
import nl.reflexengine.report.EmploymentNature;
import nl.reflexengine.report.ExtraBirthLeave;
import nl.reflexengine.report.MessageKind;
import nl.reflexengine.report.Origin;
import nl.reflexengine.report.Phase;
import nl.reflexengine.report.Reason;
import nl.reflexengine.report.Recovery;
import nl.reflexengine.report.SickReportBuilder;
import nl.reflexengine.report.Wazo;
import nl.reflexengine.report.WazoReason;
import nl.reflexengine.report.rules.RuleSettings;
import nl.reflexengine.violation.MessageRejectedException;
import nl.reflexengine.violation.Violation;
import nl.reflexengine.violation.ViolationCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every business rule, each with a case that breaks it and one that keeps it. */
class BusinessRulesTest {

    private static final ReportEnricher ENRICHER =
            new ReportEnricher(new ReferenceCatalog(new ReferenceDataLoader().load(Path.of("samples/reference"))));

    private final BusinessRules rules = new BusinessRules(RuleSettings.DEFAULTS);

    private List<Violation> violations(SickReportBuilder builder) {
        return rules.violations(ENRICHER.enrich(builder.build(), null));
    }

    private Set<ViolationCode> codes(SickReportBuilder builder) {
        return violations(builder).stream().map(Violation::code).collect(Collectors.toSet());
    }

    @Test
    void acceptsCompleteSickReport() {
        assertThat(violations(validSickReport())).isEmpty();
    }

    @Test
    void reportsEveryViolationTogetherWithItsField() {
        List<Violation> found = violations(validSickReport()
                .bsn("123456789")
                .iban("NL91ABNA0417164301")
                .homeAddress("0123 AB", "NL")
                .employer(new Employer(null, "811111112L01", "ZW-ZON-2026", "DLT-UTR", null)));

        assertThat(found)
                .extracting(Violation::code, Violation::field)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(BSN_ELEVEN_TEST, "employee.bsn"),
                        org.assertj.core.groups.Tuple.tuple(IBAN_CHECKSUM, "employee.iban"),
                        org.assertj.core.groups.Tuple.tuple(POSTCODE_FORMAT, "contact.homeAddress.postcode"),
                        org.assertj.core.groups.Tuple.tuple(UNKNOWN_VESTIGINGSCODE, "employer.vestigingscode"));
        assertThat(found)
                .allSatisfy(v -> assertThat(v.message()).isEqualTo(v.code().explanation()));
    }

    @Test
    void checkThrowsOneRejectionCarryingAllViolations() {
        var enriched = ENRICHER.enrich(
                validSickReport().bsn("123456789").iban("NL91ABNA0417164301").build(), null);

        assertThatThrownBy(() -> rules.check(enriched))
                .isInstanceOfSatisfying(
                        MessageRejectedException.class,
                        e -> assertThat(e.violations())
                                .extracting(Violation::code)
                                .containsExactlyInAnyOrder(BSN_ELEVEN_TEST, IBAN_CHECKSUM));
    }

    @Nested
    class Identifiers {

        @Test
        void rejectsBsnFailingElevenTest() {
            assertThat(codes(validSickReport().bsn("123456789"))).containsExactly(BSN_ELEVEN_TEST);
        }

        @Test
        void rejectsBsnOfWrongLength() {
            assertThat(codes(validSickReport().bsn("12345678"))).containsExactly(BSN_FORMAT);
        }

        @Test
        void rejectsIbanFailingMod97() {
            assertThat(codes(validSickReport().iban("NL91ABNA0417164301"))).containsExactly(IBAN_CHECKSUM);
        }

        @Test
        void rejectsDutchIbanOfWrongLength() {
            assertThat(codes(validSickReport().iban("NL91ABNA04171643001"))).containsExactly(IBAN_FORMAT);
        }

        @Test
        void acceptsForeignIban() {
            assertThat(codes(validSickReport().iban("DE89370400440532013000"))).isEmpty();
        }

        @Test
        void rejectsMalformedLoonheffingennummer() {
            assertThat(codes(validSickReport()
                            .employer(new Employer(null, "81111111L01", "ZW-ZON-2026", "ZON-AMS", null))))
                    .contains(LOONHEFFINGENNUMMER_FORMAT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"0123 AB", "1234 SA", "1234 SD", "1234 SS", "1234 ab", "12345"})
        void rejectsInvalidDutchPostcode(String postcode) {
            assertThat(codes(validSickReport().homeAddress(postcode, "NL"))).containsExactly(POSTCODE_FORMAT);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1012 LG", "1012LG", "9999 ZZ"})
        void acceptsValidDutchPostcode(String postcode) {
            assertThat(codes(validSickReport().homeAddress(postcode, "NL"))).isEmpty();
        }

        @Test
        void acceptsForeignPostcodeAbroad() {
            assertThat(codes(validSickReport().homeAddress("00-950", "PL"))).isEmpty();
        }
    }

    @Nested
    class Dates {

        @Test
        void rejectsFirstDayBeforeEmploymentStart() {
            assertThat(codes(validSickReport()
                            .employment(EmploymentNature.TEMP_WORK, Phase.ABU_A, true, FIRST_DAY.plusDays(1), null)))
                    .containsExactly(FIRST_DAY_BEFORE_EMPLOYMENT_START);
        }

        @Test
        void acceptsFirstDayOnEmploymentStart() {
            assertThat(codes(validSickReport()
                            .employment(EmploymentNature.TEMP_WORK, Phase.ABU_A, true, FIRST_DAY, null)))
                    .isEmpty();
        }

        @Test
        void rejectsReportDateBeforeFirstDay() {
            assertThat(codes(validSickReport()
                            .incapacity(
                                    Reason.SICK_TEMP_WORKER,
                                    FIRST_DAY,
                                    FIRST_DAY.minusDays(1),
                                    FIRST_DAY.minusDays(1))))
                    .containsExactly(REPORTED_BEFORE_FIRST_DAY);
        }

        @Test
        void rejectsLastWorkingDayAfterFirstDay() {
            assertThat(codes(validSickReport()
                            .incapacity(Reason.SICK_TEMP_WORKER, FIRST_DAY, FIRST_DAY, FIRST_DAY.plusDays(1))))
                    .containsExactly(LAST_WORKING_DAY_AFTER_FIRST_DAY);
        }

        @Test
        void acceptsLastWorkingDayOnFirstDay() {
            assertThat(codes(validSickReport().incapacity(Reason.SICK_TEMP_WORKER, FIRST_DAY, FIRST_DAY, FIRST_DAY)))
                    .isEmpty();
        }

        @Test
        void rejectsEndDateBeforeEmploymentStart() {
            assertThat(codes(validSickReport().endDate(LocalDate.of(2025, 2, 1))))
                    .contains(END_DATE_BEFORE_EMPLOYMENT_START);
        }
    }

    @Nested
    class EndDate {

        @Test
        void requiresEndDateInFixedTermPhase() {
            assertThat(codes(validSickReport()
                            .employment(EmploymentNature.TEMP_WORK, Phase.ABU_B, true, LocalDate.of(2025, 3, 1), null)))
                    .containsExactly(END_DATE_REQUIRED);
        }

        @Test
        void requiresEndDateForFixedTermEmployment() {
            assertThat(codes(validSickReport()
                            .employment(
                                    EmploymentNature.FIXED_TERM, Phase.ABU_A, true, LocalDate.of(2025, 3, 1), null)))
                    .containsExactly(END_DATE_REQUIRED);
        }

        @Test
        void requiresEndDateWhenSickOutOfService() {
            assertThat(codes(validSickReport().reason(Reason.SICK_OUT_OF_SERVICE)))
                    .containsExactly(END_DATE_REQUIRED);
        }

        @Test
        void acceptsFixedTermPhaseWithEndDate() {
            assertThat(codes(validSickReport()
                            .employment(
                                    EmploymentNature.TEMP_WORK,
                                    Phase.ABU_B,
                                    true,
                                    LocalDate.of(2025, 3, 1),
                                    FIRST_DAY.plusMonths(2))))
                    .isEmpty();
        }

        @Test
        void rejectsInternSickOutOfServiceWhoseEndDateIsNotTheDayBefore() {
            assertThat(codes(validSickReport()
                            .reason(Reason.SICK_OUT_OF_SERVICE)
                            .employment(
                                    EmploymentNature.INTERN, Phase.ABU_A, true, LocalDate.of(2025, 3, 1), FIRST_DAY)))
                    .containsExactly(END_DATE_INTERN_FICTITIOUS);
        }

        @Test
        void acceptsFictitiousEmploymentEndingTheDayBeforeTheFirstDay() {
            assertThat(codes(validSickReport()
                            .reason(Reason.SICK_OUT_OF_SERVICE)
                            .employment(
                                    EmploymentNature.FICTITIOUS,
                                    Phase.ABU_A,
                                    true,
                                    LocalDate.of(2025, 3, 1),
                                    FIRST_DAY.minusDays(1))))
                    .isEmpty();
        }
    }

    @Nested
    class Hours {

        @ParameterizedTest
        @ValueSource(strings = {"-1", "24.25", "25"})
        void rejectsHoursOutsideADay(String hours) {
            assertThat(codes(validSickReport().hours("0", hours))).containsExactly(HOURS_OUT_OF_RANGE);
        }

        @Test
        void acceptsAFullDay() {
            assertThat(codes(validSickReport().hours("24", "24"))).isEmpty();
        }

        @Test
        void rejectsDeathHoursOutsideADay() {
            assertThat(codes(validSickReport()
                            .reason(Reason.DEATH)
                            .death(new Death(FIRST_DAY, BigDecimal.ZERO, new BigDecimal("30"), true))))
                    .containsExactly(HOURS_OUT_OF_RANGE);
        }
    }

    @Nested
    class ReasonDetails {

        @Test
        void requiresLeaveDetailsForWazo() {
            assertThat(codes(validSickReport().reason(Reason.WAZO))).containsExactly(WAZO_DETAILS_MISSING);
        }

        @Test
        void requiresExpectedDeliveryDateForPregnancyLeave() {
            assertThat(codes(validSickReport()
                            .reason(Reason.WAZO)
                            .wazo(new Wazo(WazoReason.PREGNANCY_AND_BIRTH_LEAVE, FIRST_DAY, null, null, null, null))))
                    .containsExactly(EXPECTED_DELIVERY_DATE_MISSING);
        }

        @Test
        void acceptsPregnancyLeaveWithExpectedDeliveryDate() {
            assertThat(codes(validSickReport()
                            .reason(Reason.WAZO)
                            .wazo(new Wazo(
                                    WazoReason.PREGNANCY_AND_BIRTH_LEAVE,
                                    FIRST_DAY,
                                    FIRST_DAY.plusWeeks(5),
                                    null,
                                    null,
                                    null))))
                    .isEmpty();
        }

        @Test
        void requiresDetailsForExtraBirthLeave() {
            assertThat(codes(validSickReport()
                            .reason(Reason.WAZO)
                            .wazo(new Wazo(WazoReason.EXTRA_BIRTH_LEAVE, FIRST_DAY, null, null, null, null))))
                    .containsExactly(EXTRA_BIRTH_LEAVE_DETAILS_MISSING);
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 6})
        void rejectsExtraBirthLeaveOutsideOneToFiveWeeks(int weeks) {
            assertThat(codes(extraBirthLeave(weeks, true))).containsExactly(EXTRA_BIRTH_LEAVE_WEEKS);
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 5})
        void acceptsExtraBirthLeaveOfOneToFiveWeeks(int weeks) {
            assertThat(codes(extraBirthLeave(weeks, true))).isEmpty();
        }

        @Test
        void rejectsExtraBirthLeaveBeforeStandardBirthLeaveWasTaken() {
            assertThat(codes(extraBirthLeave(3, false))).containsExactly(EXTRA_BIRTH_LEAVE_STANDARD_NOT_TAKEN);
        }

        /** An absent statement is refused the way a false one is: same code, same field. */
        @ParameterizedTest
        @NullSource
        @ValueSource(booleans = false)
        void rejectsExtraBirthLeaveWithoutTheStatementThatStandardBirthLeaveWasTaken(Boolean standardTaken) {
            assertThat(violations(extraBirthLeave(3, standardTaken)))
                    .extracting(Violation::code, Violation::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            EXTRA_BIRTH_LEAVE_STANDARD_NOT_TAKEN, "wazo.extraBirthLeave.standardBirthLeaveTaken"));
        }

        @ParameterizedTest
        @NullSource
        @ValueSource(booleans = false)
        void rejectsADigiZsmExtraBirthLeaveApplicationWithoutTheStatement(Boolean standardTaken) {
            var leave = new ExtraBirthLeave(3, FIRST_DAY, FIRST_DAY.minusWeeks(2), standardTaken, null);
            var application = validSickReport()
                    .origin(Origin.DIGIZSM)
                    .kind(MessageKind.WAZO_APPLICATION)
                    .wazo(new Wazo(WazoReason.EXTRA_BIRTH_LEAVE, FIRST_DAY, null, null, null, leave));

            assertThat(codes(application)).containsExactly(EXTRA_BIRTH_LEAVE_STANDARD_NOT_TAKEN);
        }

        @Test
        void paidParentalLeaveNeedsNoStatementAboutBirthLeave() {
            // DigiZSM carries the child's birth date for parental leave too, in the same fields
            var details = new ExtraBirthLeave(null, FIRST_DAY, FIRST_DAY.minusMonths(3), null, null);
            var application = validSickReport()
                    .origin(Origin.DIGIZSM)
                    .kind(MessageKind.WAZO_APPLICATION)
                    .wazo(new Wazo(WazoReason.PAID_PARENTAL_LEAVE, FIRST_DAY, null, null, null, details));

            assertThat(codes(application)).isEmpty();
        }

        private SickReportBuilder extraBirthLeave(int weeks, Boolean standardTaken) {
            var leave = new ExtraBirthLeave(weeks, FIRST_DAY, FIRST_DAY.minusWeeks(2), standardTaken, false);
            return validSickReport()
                    .reason(Reason.WAZO)
                    .wazo(new Wazo(WazoReason.EXTRA_BIRTH_LEAVE, FIRST_DAY, null, null, null, leave));
        }

        @Test
        void requiresDeathDetails() {
            assertThat(codes(validSickReport().reason(Reason.DEATH))).containsExactly(DEATH_DETAILS_MISSING);
        }

        @Test
        void rejectsDeathDateOtherThanFirstDay() {
            assertThat(codes(validSickReport()
                            .reason(Reason.DEATH)
                            .death(new Death(FIRST_DAY.plusDays(1), BigDecimal.ZERO, new BigDecimal("8"), true))))
                    .containsExactly(DEATH_DATE_MISMATCH);
        }

        /** Death's work obligation may truly be false (no work that day); only an absent one is refused. */
        @Test
        void rejectsADeathReportWithoutTheWorkObligationAndAcceptsOneStatingNone() {
            assertThat(codes(validSickReport()
                            .reason(Reason.DEATH)
                            .death(new Death(FIRST_DAY, BigDecimal.ZERO, new BigDecimal("8"), null))))
                    .containsExactly(DEATH_DETAILS_MISSING);
            assertThat(codes(validSickReport()
                            .reason(Reason.DEATH)
                            .death(new Death(FIRST_DAY, BigDecimal.ZERO, new BigDecimal("8"), false))))
                    .isEmpty();
        }

        @Test
        void acceptsCompleteDeathReport() {
            assertThat(codes(validSickReport()
                            .reason(Reason.DEATH)
                            .death(new Death(FIRST_DAY, BigDecimal.ZERO, new BigDecimal("8"), true))))
                    .isEmpty();
        }
    }

    @Nested
    class WageData {

        @Test
        void acceptsFourteenWagePeriods() {
            assertThat(codes(validSickReport().wagePeriods(14))).isEmpty();
        }

        @Test
        void rejectsMoreThanFourteenWagePeriods() {
            assertThat(codes(validSickReport().wagePeriods(15))).containsExactly(WAGE_PERIODS_MAX);
        }

        @Test
        void rejectsWagePeriodEndingBeforeItStarts() {
            assertThat(codes(validSickReport().addWagePeriod(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 1))))
                    .containsExactly(WAGE_PERIOD_DATES);
        }

        @Test
        void requiresWageDataWhenTheContractSaysTheEmployerSuppliesIt() {
            assertThat(codes(validSickReport().employer(deltaWithWageContract())))
                    .containsExactly(WAGE_DATA_REQUIRED);
        }

        @Test
        void acceptsWageDataFromEmployerThatSuppliesIt() {
            assertThat(codes(validSickReport().employer(deltaWithWageContract()).wagePeriods(3)))
                    .isEmpty();
        }

        @Test
        void doesNotAskWageDataFromUwvFlows() {
            assertThat(codes(validSickReport().employer(deltaWithWageContract()).origin(Origin.DIGIZSM)))
                    .isEmpty();
        }

        private Employer deltaWithWageContract() {
            return new Employer(null, "822222224L01", "ZW-DELTA-2026", "DLT-UTR", null);
        }
    }

    @Nested
    class PayrollSystemPhase {

        private SickReportBuilder withoutUitzendbeding(String payrollSystem) {
            return validSickReport()
                    .payrollSystem(payrollSystem)
                    .employment(
                            EmploymentNature.TEMP_WORK,
                            Phase.ABU_B,
                            false,
                            LocalDate.of(2025, 3, 1),
                            FIRST_DAY.plusMonths(3));
        }

        @Test
        void rejectsPhaseWithoutUitzendbedingFromOtherPayrollSystems() {
            assertThat(codes(withoutUitzendbeding("Loket"))).containsExactly(PHASE_NOT_ACCEPTED_FROM_PAYROLL_SYSTEM);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Easyflex", "ubplus", "FLEXSERVICE"})
        void acceptsPhaseWithoutUitzendbedingFromPayrollSystemsThatCanSendIt(String payrollSystem) {
            assertThat(codes(withoutUitzendbeding(payrollSystem))).isEmpty();
        }

        @Test
        void followsTheConfiguredListOfPayrollSystems() {
            var configured = new BusinessRules(new RuleSettings(Set.of("Loket")));
            var report = ENRICHER.enrich(withoutUitzendbeding("Loket").build(), null);
            assertThat(configured.violations(report)).isEmpty();
            assertThat(configured.violations(
                            ENRICHER.enrich(withoutUitzendbeding("Easyflex").build(), null)))
                    .extracting(Violation::code)
                    .containsExactly(PHASE_NOT_ACCEPTED_FROM_PAYROLL_SYSTEM);
        }

        @Test
        void doesNotApplyToUwvFlows() {
            assertThat(codes(withoutUitzendbeding("Loket").origin(Origin.DIGIZSM)))
                    .isEmpty();
        }
    }

    @Nested
    class RecoveryDate {

        private SickReportBuilder recoveredOn(LocalDate date) {
            return validSickReport()
                    .kind(MessageKind.RECOVERY)
                    .created(OffsetDateTime.parse("2026-11-02T10:00:00+01:00"))
                    .recovery(new Recovery(date, true, null, null, null));
        }

        @Test
        void rejectsRecoveryAfterTheMessageWasCreated() {
            assertThat(codes(recoveredOn(LocalDate.of(2026, 11, 3)))).containsExactly(RECOVERY_DATE_IN_FUTURE);
        }

        @Test
        void acceptsRecoveryOnTheDayTheMessageWasCreated() {
            assertThat(codes(recoveredOn(LocalDate.of(2026, 11, 2)))).isEmpty();
        }

        @Test
        void rejectsRecoveryBeforeTheFirstDay() {
            assertThat(codes(recoveredOn(FIRST_DAY.minusDays(1)))).containsExactly(RECOVERY_BEFORE_FIRST_DAY);
        }
    }

    @Nested
    class ReferenceData {

        @Test
        void rejectsASenderRegisteredForAnotherClient() {
            var report = ENRICHER.enrich(validSickReport().build(), "C-DELTA");
            assertThat(rules.violations(report))
                    .extracting(Violation::code, Violation::field)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            SENDER_NOT_AUTHORISED_FOR_EMPLOYER, "employer.loonheffingennummer"));
        }

        @Test
        void acceptsASenderRegisteredForTheSameClient() {
            assertThat(rules.violations(ENRICHER.enrich(validSickReport().build(), "C-ZONNIG")))
                    .isEmpty();
        }

        @Test
        void rejectsUnknownLoonheffingennummerAlone() {
            assertThat(codes(validSickReport().employer(new Employer(null, "899999997L01", "NOPE", "NOPE", null))))
                    .containsExactly(UNKNOWN_LOONHEFFINGENNUMMER);
        }

        @Test
        void rejectsContractOfAnotherClient() {
            assertThat(codes(validSickReport()
                            .employer(new Employer(null, "811111112L01", "ZW-NOORD-2026", "ZON-AMS", null))))
                    .containsExactly(UNKNOWN_CONTRACT);
        }

        @Test
        void rejectsContractForAnotherLoonheffingennummerOfTheSameClient() {
            assertThat(codes(validSickReport()
                            .employer(new Employer(null, "822222224L02", "ZW-DELTA-2026", "DLT-UTR", null))
                            .wagePeriods(2)))
                    .containsExactly(UNKNOWN_CONTRACT);
        }

        @Test
        void rejectsBranchOfAnotherClient() {
            assertThat(codes(validSickReport()
                            .employer(new Employer(null, "811111112L01", "ZW-ZON-2026", "NRD-GRN", null))))
                    .containsExactly(UNKNOWN_VESTIGINGSCODE);
        }

        @Test
        void acceptsAnotherBranchOfTheSameClient() {
            assertThat(codes(validSickReport()
                            .employer(new Employer(null, "811111112L01", "ZW-ZON-2026", "ZON-RTD", null))))
                    .isEmpty();
        }
    }
}
