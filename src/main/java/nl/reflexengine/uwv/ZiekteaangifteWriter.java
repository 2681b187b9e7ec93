package nl.reflexengine.uwv;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import javax.xml.validation.ValidatorHandler;
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
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Writes the DigiZSM Ziekteaangifte UWV must receive for a claim, or its withdrawal, and checks it against
 * our own DigiZSM schema while writing: an invalid message never reaches the outbox.
 */
@Component
public class ZiekteaangifteWriter {

    static final String SOFTWARE = "Reflex Engine";

    private final SchemaCatalog schemas;

    /**
     * Per thread, reused message after message: the marshaller, and the schema validator its events pass
     * through on their way to the text. JAXB's own schema check built a new validator for every message,
     * which cost about as much as the marshalling itself. Neither object is thread-safe.
     */
    private final ThreadLocal<Marshaller> marshallers = ThreadLocal.withInitial(this::newMarshaller);

    private final ThreadLocal<ValidatorHandler> validators = ThreadLocal.withInitial(this::newValidator);
    private final ThreadLocal<SAXTransformerFactory> serializers =
            ThreadLocal.withInitial(() -> (SAXTransformerFactory) TransformerFactory.newDefaultInstance());

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
        StringWriter xml = new StringWriter();
        ValidatorHandler validator = validators.get();
        try {
            validator.setContentHandler(serializer(xml));
            marshallers.get().marshal(message, validator);
            return xml.toString();
        } catch (JAXBException | TransformerConfigurationException e) {
            throw new IllegalStateException(
                    "The Ziekteaangifte for " + message.getBerichtkop().getKenmerk()
                            + " does not meet the DigiZSM schema",
                    e);
        } finally {
            validator.setContentHandler(null);
        }
    }

    /** Writes the events as indented UTF-8 text, as JAXB's own formatted output did. */
    private TransformerHandler serializer(StringWriter xml) throws TransformerConfigurationException {
        TransformerHandler text = serializers.get().newTransformerHandler();
        Transformer output = text.getTransformer();
        output.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        output.setOutputProperty(OutputKeys.STANDALONE, "yes");
        output.setOutputProperty(OutputKeys.INDENT, "yes");
        output.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "4");
        text.setResult(new StreamResult(xml));
        return text;
    }

    private Marshaller newMarshaller() {
        try {
            return schemas.context(MessageFormat.DIGIZSM_V1).createMarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException("No marshaller for DigiZSM", e);
        }
    }

    private ValidatorHandler newValidator() {
        ValidatorHandler validator = schemas.schema(MessageFormat.DIGIZSM_V1).newValidatorHandler();
        // any schema error stops the marshalling: nothing half-valid is returned
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {}

            @Override
            public void error(SAXParseException exception) throws SAXException {
                throw exception;
            }

            @Override
            public void fatalError(SAXParseException exception) throws SAXException {
                throw exception;
            }
        });
        return validator;
    }
}
