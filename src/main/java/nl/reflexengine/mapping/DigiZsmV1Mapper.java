package nl.reflexengine.mapping;

import java.time.LocalDate;
import java.util.List;
import nl.reflexengine.report.Employee;
import nl.reflexengine.report.Employer;
import nl.reflexengine.report.Employment;
import nl.reflexengine.report.ExtraBirthLeave;
import nl.reflexengine.report.Header;
import nl.reflexengine.report.Incapacity;
import nl.reflexengine.report.MessageKind;
import nl.reflexengine.report.Origin;
import nl.reflexengine.report.Reason;
import nl.reflexengine.report.Recovery;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.report.Wazo;
import nl.reflexengine.wire.digizsm.v1.AangifteType;
import nl.reflexengine.wire.digizsm.v1.AanvraagWazoUitkering;
import nl.reflexengine.wire.digizsm.v1.BerichtkopType;
import nl.reflexengine.wire.digizsm.v1.HersteldMeldingLangdurigArbeidsongeschikt;
import nl.reflexengine.wire.digizsm.v1.IntrekkingType;
import nl.reflexengine.wire.digizsm.v1.MeldingLangdurigArbeidsongeschikt;
import nl.reflexengine.wire.digizsm.v1.MeldingWerkhervatting;
import nl.reflexengine.wire.digizsm.v1.VerlofType;
import nl.reflexengine.wire.digizsm.v1.VerzekerdeType;
import nl.reflexengine.wire.digizsm.v1.WerkgeverType;
import nl.reflexengine.wire.digizsm.v1.Ziekteaangifte;
import org.springframework.stereotype.Component;

/** DigiZSM v1 (the five UWV flows) to the canonical sick report. */
@Component
class DigiZsmV1Mapper {

    SickReport map(Object message) {
        if (message instanceof Ziekteaangifte aangifte) {
            return aangifte.getIntrekking() != null
                    ? withdrawal(
                            aangifte.getBerichtkop(),
                            aangifte.getIntrekking(),
                            aangifte.getWerkgever(),
                            aangifte.getVerzekerde())
                    : sickReport(aangifte);
        }
        if (message instanceof MeldingWerkhervatting melding) {
            return recovery(melding);
        }
        if (message instanceof AanvraagWazoUitkering aanvraag) {
            return aanvraag.getIntrekking() != null
                    ? withdrawal(
                            aanvraag.getBerichtkop(),
                            aanvraag.getIntrekking(),
                            aanvraag.getWerkgever(),
                            aanvraag.getVerzekerde())
                    : wazoApplication(aanvraag);
        }
        if (message instanceof MeldingLangdurigArbeidsongeschikt melding) {
            return new SickReport(
                    MessageKind.LONG_TERM_INCAPACITY,
                    header(melding.getBerichtkop(), null),
                    employer(melding.getWerkgever()),
                    employee(melding.getVerzekerde(), null),
                    null,
                    null,
                    firstDayOnly(WireCodes.reason(melding.getReden()), melding.getEersteZiektedag()),
                    null,
                    null,
                    List.of(),
                    null,
                    melding.getPercentageArbeidsongeschikt());
        }
        if (message instanceof HersteldMeldingLangdurigArbeidsongeschikt melding) {
            return report(
                    MessageKind.LONG_TERM_RECOVERY,
                    header(melding.getBerichtkop(), null),
                    melding.getWerkgever(),
                    employee(melding.getVerzekerde(), null),
                    firstDayOnly(null, melding.getEersteZiektedag()),
                    new Recovery(melding.getDatumHersteld(), true, null, null, null));
        }
        throw new IllegalArgumentException(
                "Not a DigiZSM v1 message: " + message.getClass().getName());
    }

    private SickReport sickReport(Ziekteaangifte message) {
        AangifteType aangifte = message.getAangifte();
        Incapacity incapacity = new Incapacity(
                WireCodes.reason(aangifte.getReden()),
                aangifte.getEersteZiektedag(),
                aangifte.getDatumZiekgemeld(),
                aangifte.isOngeval(),
                null,
                aangifte.getUrenGewerktEersteDag(),
                aangifte.getUrenGeroosterdEersteDag(),
                null,
                null,
                null,
                null,
                null,
                aangifte.isVangnet(),
                aangifte.isArbeidsgehandicapt());
        Employment employment = aangifte.isUitzendbeding() == null && aangifte.getEinddatumContract() == null
                ? null
                : new Employment(
                        null,
                        null,
                        !Boolean.FALSE.equals(aangifte.isUitzendbeding()),
                        null,
                        null,
                        aangifte.getEinddatumContract());
        return new SickReport(
                MessageKind.SICK_REPORT,
                header(message.getBerichtkop(), null),
                employer(message.getWerkgever()),
                employee(message.getVerzekerde(), aangifte.getIban()),
                null,
                employment,
                incapacity,
                null,
                null,
                List.of(),
                null);
    }

    /** A withdrawal, in the flow of the message it withdraws (a Ziekteaangifte or a WAZO application). */
    private SickReport withdrawal(
            BerichtkopType kop, IntrekkingType intrekking, WerkgeverType werkgever, VerzekerdeType verzekerde) {
        return report(
                MessageKind.WITHDRAWAL,
                header(kop, intrekking.getIngetrokkenKenmerk()),
                werkgever,
                employee(verzekerde, null),
                null,
                null);
    }

    private SickReport recovery(MeldingWerkhervatting melding) {
        Recovery recovery;
        if (melding.getVolledigHersteld() != null) {
            recovery = new Recovery(melding.getVolledigHersteld().getDatumHersteld(), true, null, null, null);
        } else {
            var partial = melding.getGedeeltelijkHersteld();
            recovery = new Recovery(
                    partial.getDatumHervatting(),
                    false,
                    partial.getPercentageHervat(),
                    partial.getSvLoonEersteZiektedag(),
                    partial.getSvLoonPerDagGedeeltelijk());
        }
        return report(
                MessageKind.RECOVERY,
                header(melding.getBerichtkop(), null),
                melding.getWerkgever(),
                employee(melding.getVerzekerde(), null),
                firstDayOnly(null, melding.getEersteZiektedag()),
                recovery);
    }

    private SickReport wazoApplication(AanvraagWazoUitkering aanvraag) {
        VerlofType verlof = aanvraag.getVerlof();
        ExtraBirthLeave extra = verlof.getAantalWeken() == null && verlof.getGeboortedatumKind() == null
                ? null
                : new ExtraBirthLeave(
                        verlof.getAantalWeken(),
                        verlof.getStartdatumVerlof(),
                        verlof.getGeboortedatumKind(),
                        verlof.isGeboorteverlofOpgenomen(),
                        verlof.isUwvBetaaltRechtstreeks());
        Wazo wazo = new Wazo(
                WireCodes.wazoReason(verlof.getSoort()),
                verlof.getStartdatumVerlof(),
                verlof.getVermoedelijkeBevallingsdatum(),
                verlof.getLaatsteWerkdag(),
                null,
                extra);
        return new SickReport(
                MessageKind.WAZO_APPLICATION,
                header(aanvraag.getBerichtkop(), null),
                employer(aanvraag.getWerkgever()),
                employee(aanvraag.getVerzekerde(), aanvraag.getIban()),
                null,
                null,
                null,
                wazo,
                null,
                List.of(),
                null);
    }

    private static SickReport report(
            MessageKind kind,
            Header header,
            WerkgeverType werkgever,
            Employee employee,
            Incapacity incapacity,
            Recovery recovery) {
        return new SickReport(
                kind, header, employer(werkgever), employee, null, null, incapacity, null, null, List.of(), recovery);
    }

    private static Incapacity firstDayOnly(Reason reason, LocalDate firstDay) {
        return new Incapacity(reason, firstDay, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static Header header(BerichtkopType kop, String refersTo) {
        return new Header(
                Origin.DIGIZSM,
                kop.getKenmerk(),
                kop.getSoftware(),
                null,
                kop.getAangemaaktOp(),
                kop.isTest(),
                refersTo);
    }

    private static Employer employer(WerkgeverType werkgever) {
        return new Employer(
                werkgever.getNaam(), werkgever.getLoonheffingennummer(), null, werkgever.getVestigingscode(), null);
    }

    private static Employee employee(VerzekerdeType verzekerde, String iban) {
        return new Employee(
                verzekerde.getBsn(),
                verzekerde.getGeboortedatum(),
                null,
                verzekerde.getAchternaam(),
                verzekerde.getVoorvoegsel(),
                verzekerde.getVoorletters(),
                null,
                null,
                null,
                WireCodes.gender(verzekerde.getGeslacht()),
                iban);
    }
}
