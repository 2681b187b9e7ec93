package nl.reflexengine.mapping;

import java.util.List;
import nl.reflexengine.report.Address;
import nl.reflexengine.report.Contact;
import nl.reflexengine.report.Death;
import nl.reflexengine.report.Employee;
import nl.reflexengine.report.Employer;
import nl.reflexengine.report.Employment;
import nl.reflexengine.report.ExtraBirthLeave;
import nl.reflexengine.report.Header;
import nl.reflexengine.report.Incapacity;
import nl.reflexengine.report.MessageKind;
import nl.reflexengine.report.Origin;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.report.WagePeriod;
import nl.reflexengine.report.Wazo;
import nl.reflexengine.wire.reflex.v1.AanvullendGeboorteverlofType;
import nl.reflexengine.wire.reflex.v1.AdresType;
import nl.reflexengine.wire.reflex.v1.BerichtType;
import nl.reflexengine.wire.reflex.v1.ContactType;
import nl.reflexengine.wire.reflex.v1.CorrectieType;
import nl.reflexengine.wire.reflex.v1.DienstverbandType;
import nl.reflexengine.wire.reflex.v1.IntrekkingType;
import nl.reflexengine.wire.reflex.v1.LoongegevensType;
import nl.reflexengine.wire.reflex.v1.MeldingType;
import nl.reflexengine.wire.reflex.v1.OverlijdenType;
import nl.reflexengine.wire.reflex.v1.WazoType;
import nl.reflexengine.wire.reflex.v1.WerkgeverType;
import nl.reflexengine.wire.reflex.v1.WerknemerType;
import nl.reflexengine.wire.reflex.v1.ZiekmeldingType;
import org.springframework.stereotype.Component;

/** Reflex v1 (ziekmelding, correctie, intrekking) to the canonical sick report. */
@Component
class ReflexV1Mapper {

    SickReport map(Object message) {
        if (message instanceof ZiekmeldingType melding) {
            return report(
                    MessageKind.SICK_REPORT,
                    header(melding.getBericht(), null),
                    melding.getWerkgever(),
                    melding.getWerknemer(),
                    melding.getContact(),
                    melding.getDienstverband(),
                    melding.getMelding(),
                    melding.getWazo(),
                    melding.getOverlijden(),
                    melding.getLoongegevens());
        }
        if (message instanceof CorrectieType correctie) {
            return report(
                    MessageKind.CORRECTION,
                    header(correctie.getBericht(), correctie.getCorrigeertBerichtId()),
                    correctie.getWerkgever(),
                    correctie.getWerknemer(),
                    correctie.getContact(),
                    correctie.getDienstverband(),
                    correctie.getMelding(),
                    correctie.getWazo(),
                    correctie.getOverlijden(),
                    correctie.getLoongegevens());
        }
        if (message instanceof IntrekkingType intrekking) {
            return withdrawal(intrekking);
        }
        throw new IllegalArgumentException(
                "Not a Reflex v1 message: " + message.getClass().getName());
    }

    private SickReport report(
            MessageKind kind,
            Header header,
            WerkgeverType werkgever,
            WerknemerType werknemer,
            ContactType contact,
            DienstverbandType dienstverband,
            MeldingType melding,
            WazoType wazo,
            OverlijdenType overlijden,
            LoongegevensType loongegevens) {
        return new SickReport(
                kind,
                header,
                employer(werkgever),
                employee(werknemer),
                contact(contact),
                employment(dienstverband),
                incapacity(melding),
                wazo(wazo),
                death(overlijden),
                wagePeriods(loongegevens),
                null);
    }

    private SickReport withdrawal(IntrekkingType intrekking) {
        var werknemer = intrekking.getWerknemer();
        Employee employee = new Employee(
                werknemer.getBsn(),
                werknemer.getGeboortedatum(),
                null,
                werknemer.getAchternaam(),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return new SickReport(
                MessageKind.WITHDRAWAL,
                header(intrekking.getBericht(), intrekking.getTrektInBerichtId()),
                employer(intrekking.getWerkgever()),
                employee,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                null);
    }

    private static Header header(BerichtType bericht, String refersTo) {
        return new Header(
                Origin.REFLEX,
                bericht.getBerichtId(),
                bericht.getVerloningssysteem(),
                bericht.getAfzender(),
                bericht.getAangemaaktOp(),
                bericht.isTest(),
                refersTo);
    }

    private static Employer employer(WerkgeverType werkgever) {
        return new Employer(
                werkgever.getKlant(),
                werkgever.getLoonheffingennummer(),
                werkgever.getZwContract(),
                werkgever.getVestigingscode(),
                werkgever.getEmailBevestiging());
    }

    private static Employee employee(WerknemerType werknemer) {
        return new Employee(
                werknemer.getBsn(),
                werknemer.getGeboortedatum(),
                werknemer.getPersoneelsnummer(),
                werknemer.getAchternaam(),
                werknemer.getVoorvoegsel(),
                werknemer.getVoorletters(),
                werknemer.getVoornaam(),
                werknemer.getAchternaamPartner(),
                werknemer.getVoorvoegselPartner(),
                WireCodes.gender(werknemer.getGeslacht()),
                werknemer.getIban());
    }

    private static Contact contact(ContactType contact) {
        if (contact == null) {
            return null;
        }
        return new Contact(
                contact.getTelefoon(),
                contact.getMobiel(),
                contact.getEmail(),
                address(contact.getWoonadres()),
                address(contact.getVerblijfadres()));
    }

    private static Address address(AdresType adres) {
        if (adres == null) {
            return null;
        }
        return new Address(
                adres.getStraat(),
                adres.getHuisnummer(),
                adres.getToevoeging(),
                adres.getPostcode(),
                adres.getPlaats(),
                adres.getRegio(),
                adres.getLand(),
                adres.getLandcode());
    }

    private static Employment employment(DienstverbandType dienstverband) {
        return new Employment(
                WireCodes.nature(dienstverband.getAard()),
                WireCodes.phase(dienstverband.getFase()),
                dienstverband.isUitzendbeding(),
                dienstverband.getFunctie(),
                dienstverband.getStartdatumEersteDienstverband(),
                dienstverband.getEinddatum());
    }

    private static Incapacity incapacity(MeldingType melding) {
        return new Incapacity(
                WireCodes.reason(melding.getReden()),
                melding.getEersteZiektedag(),
                melding.getDatumZiekgemeld(),
                melding.isOngeval(),
                melding.getLaatsteWerkdag(),
                melding.getUrenGewerktEersteDag(),
                melding.getUrenGeroosterdEersteDag(),
                melding.isWerkplichtEersteDag(),
                melding.getVolgendeGeroosterdeWerkdag(),
                melding.isGeroosterdVolgendeZaterdag(),
                melding.isGeroosterdVolgendeZondag(),
                melding.getOpmerking(),
                null,
                melding.isArbeidsgehandicapt());
    }

    private static Wazo wazo(WazoType wazo) {
        if (wazo == null) {
            return null;
        }
        return new Wazo(
                WireCodes.wazoReason(wazo.getReden()),
                wazo.getStartdatumVerlof(),
                wazo.getVermoedelijkeBevallingsdatum(),
                wazo.getLaatsteWerkdag(),
                wazo.getVolgendeWerkdag(),
                extraBirthLeave(wazo.getAanvullendGeboorteverlof()));
    }

    private static ExtraBirthLeave extraBirthLeave(AanvullendGeboorteverlofType verlof) {
        if (verlof == null) {
            return null;
        }
        return new ExtraBirthLeave(
                verlof.getAantalWeken(),
                verlof.getStartdatumVerlof(),
                verlof.getGeboortedatumKind(),
                verlof.isGeboorteverlofOpgenomen(),
                verlof.isUwvBetaaltRechtstreeks());
    }

    private static Death death(OverlijdenType overlijden) {
        if (overlijden == null) {
            return null;
        }
        return new Death(
                overlijden.getOverlijdensdatum(),
                overlijden.getUrenGewerkt(),
                overlijden.getUrenGeroosterd(),
                overlijden.isWerkplicht());
    }

    private static List<WagePeriod> wagePeriods(LoongegevensType loongegevens) {
        if (loongegevens == null) {
            return List.of();
        }
        return loongegevens.getAangifteperiode().stream()
                .map(p -> new WagePeriod(
                        p.getBegindatum(),
                        p.getEinddatum(),
                        p.getSvLoon(),
                        p.getVakantiegeldBetaald(),
                        p.getVakantiegeldRecht(),
                        p.getExtraPeriodesalarisBetaald(),
                        p.getExtraPeriodesalarisRecht(),
                        p.getSvDagen(),
                        p.getUrenBetaald()))
                .toList();
    }
}
