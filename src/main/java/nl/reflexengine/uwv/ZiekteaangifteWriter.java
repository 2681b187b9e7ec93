package nl.reflexengine.uwv;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import nl.reflexengine.mapping.WireCodes;
import nl.reflexengine.report.Employee;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.validation.MessageFormat;
import nl.reflexengine.validation.SchemaCatalog;
import nl.reflexengine.wire.digizsm.v1.AangifteType;
import nl.reflexengine.wire.digizsm.v1.BerichtkopType;
import nl.reflexengine.wire.digizsm.v1.IntrekkingType;
import nl.reflexengine.wire.digizsm.v1.VerzekerdeType;
import nl.reflexengine.wire.digizsm.v1.WerkgeverType;
import nl.reflexengine.wire.digizsm.v1.Ziekteaangifte;
import org.springframework.stereotype.Component;

/**
 * Writes the DigiZSM Ziekteaangifte UWV must receive for a claim, or its withdrawal, and checks it against
 * our own DigiZSM schema while writing: an invalid message never reaches the outbox.
 */
@Component
public class ZiekteaangifteWriter {

    static final String SOFTWARE = "Reflex Engine";

    private final SchemaCatalog schemas;

    public ZiekteaangifteWriter(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    public String sickReport(String kenmerk, SickReport report, boolean vangnet, OffsetDateTime created) {
        AangifteType aangifte = new AangifteType();
        var incapacity = report.incapacity();
        aangifte.setEersteZiektedag(incapacity == null ? report.wazo().leaveStart() : incapacity.firstDay());
        aangifte.setReden(
                WireCodes.toWire(incapacity == null ? nl.reflexengine.report.Reason.WAZO : incapacity.reason()));
        if (incapacity != null) {
            aangifte.setDatumZiekgemeld(incapacity.reportedSickOn());
            aangifte.setOngeval(incapacity.accident());
            aangifte.setUrenGewerktEersteDag(incapacity.hoursWorkedFirstDay());
            aangifte.setUrenGeroosterdEersteDag(incapacity.scheduledHoursFirstDay());
        }
        if (report.employment() != null) {
            aangifte.setUitzendbeding(report.employment().uitzendbeding());
            aangifte.setEinddatumContract(report.employment().endDate());
        }
        aangifte.setVangnet(vangnet);
        aangifte.setIban(report.employee().iban());
        Ziekteaangifte message = envelope(kenmerk, report, created);
        message.setAangifte(aangifte);
        return write(message);
    }

    /**
     * The withdrawal of a sent Ziekteaangifte: the same employer and insured person as UWV received them
     * (a withdrawal message itself names little more than the BSN), referring to the sent message's kenmerk.
     */
    public String withdrawal(String kenmerk, String sentXml, OffsetDateTime created) {
        Ziekteaangifte sent = read(sentXml);
        IntrekkingType intrekking = new IntrekkingType();
        intrekking.setIngetrokkenKenmerk(sent.getBerichtkop().getKenmerk());
        Ziekteaangifte message = new Ziekteaangifte();
        message.setBerichtkop(berichtkop(kenmerk, created));
        message.setWerkgever(sent.getWerkgever());
        message.setVerzekerde(sent.getVerzekerde());
        message.setIntrekking(intrekking);
        return write(message);
    }

    private Ziekteaangifte read(String xml) {
        try {
            var unmarshaller = schemas.context(MessageFormat.DIGIZSM_V1).createUnmarshaller();
            unmarshaller.setSchema(schemas.schema(MessageFormat.DIGIZSM_V1));
            return (Ziekteaangifte) unmarshaller.unmarshal(new java.io.StringReader(xml));
        } catch (JAXBException e) {
            throw new IllegalStateException("A Ziekteaangifte in the UWV outbox cannot be read back", e);
        }
    }

    private static BerichtkopType berichtkop(String kenmerk, OffsetDateTime created) {
        BerichtkopType kop = new BerichtkopType();
        kop.setKenmerk(kenmerk);
        kop.setSoftware(SOFTWARE);
        kop.setAangemaaktOp(created);
        kop.setTest(false);
        return kop;
    }

    private static Ziekteaangifte envelope(String kenmerk, SickReport report, OffsetDateTime created) {
        BerichtkopType kop = berichtkop(kenmerk, created);
        WerkgeverType werkgever = new WerkgeverType();
        werkgever.setLoonheffingennummer(report.employer().loonheffingennummer());
        werkgever.setNaam(report.employer().clientName());
        Employee employee = report.employee();
        VerzekerdeType verzekerde = new VerzekerdeType();
        verzekerde.setBsn(employee.bsn());
        verzekerde.setGeboortedatum(employee.birthDate());
        verzekerde.setAchternaam(employee.surname());
        verzekerde.setVoorvoegsel(employee.prefix());
        verzekerde.setVoorletters(employee.initials());
        verzekerde.setGeslacht(WireCodes.toWire(employee.gender()));
        Ziekteaangifte message = new Ziekteaangifte();
        message.setBerichtkop(kop);
        message.setWerkgever(werkgever);
        message.setVerzekerde(verzekerde);
        return message;
    }

    private String write(Ziekteaangifte message) {
        try {
            Marshaller marshaller = schemas.context(MessageFormat.DIGIZSM_V1).createMarshaller();
            marshaller.setSchema(schemas.schema(MessageFormat.DIGIZSM_V1));
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            StringWriter xml = new StringWriter();
            marshaller.marshal(message, xml);
            return xml.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException(
                    "The Ziekteaangifte for " + message.getBerichtkop().getKenmerk()
                            + " does not meet the DigiZSM schema",
                    e);
        }
    }
}
