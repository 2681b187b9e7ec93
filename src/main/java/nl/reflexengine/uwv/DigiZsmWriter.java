package nl.reflexengine.uwv;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
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
import nl.reflexengine.report.ExtraBirthLeave;
import nl.reflexengine.report.Incapacity;
import nl.reflexengine.report.Recovery;
import nl.reflexengine.report.SickReport;
import nl.reflexengine.report.Wazo;
import nl.reflexengine.validation.MessageFormat;
import nl.reflexengine.validation.SchemaCatalog;
import nl.reflexengine.wire.digizsm.v1.AangifteType;
import nl.reflexengine.wire.digizsm.v1.AanvraagWazoUitkering;
import nl.reflexengine.wire.digizsm.v1.BerichtkopType;
import nl.reflexengine.wire.digizsm.v1.GedeeltelijkHersteldType;
import nl.reflexengine.wire.digizsm.v1.HersteldMeldingLangdurigArbeidsongeschikt;
import nl.reflexengine.wire.digizsm.v1.IntrekkingType;
import nl.reflexengine.wire.digizsm.v1.MeldingLangdurigArbeidsongeschikt;
import nl.reflexengine.wire.digizsm.v1.MeldingWerkhervatting;
import nl.reflexengine.wire.digizsm.v1.VerlofType;
import nl.reflexengine.wire.digizsm.v1.VerzekerdeType;
import nl.reflexengine.wire.digizsm.v1.VolledigHersteldType;
import nl.reflexengine.wire.digizsm.v1.WerkgeverType;
import nl.reflexengine.wire.digizsm.v1.Ziekteaangifte;
import org.springframework.stereotype.Component;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Writes the DigiZSM messages UWV must receive, one per flow, and checks each against our own DigiZSM schema
 * while writing: an invalid message never reaches the outbox. Follow-up messages name the kenmerk of the
 * claim's Ziekteaangifte; a withdrawal names the message it withdraws and travels in that message's flow.
 */
@Component
public class DigiZsmWriter {

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

    public DigiZsmWriter(SchemaCatalog schemas) {
        this.schemas = schemas;
    }

    /** The Ziekteaangifte of a sickness claim. */
    public String sickReport(String kenmerk, SickReport report, boolean vangnet, OffsetDateTime created) {
        AangifteType aangifte = new AangifteType();
        Incapacity incapacity = report.incapacity();
        aangifte.setEersteZiektedag(incapacity.firstDay());
        aangifte.setReden(WireCodes.toWire(incapacity.reason()));
        aangifte.setDatumZiekgemeld(incapacity.reportedSickOn());
        aangifte.setOngeval(incapacity.accident());
        aangifte.setUrenGewerktEersteDag(incapacity.hoursWorkedFirstDay());
        aangifte.setUrenGeroosterdEersteDag(incapacity.scheduledHoursFirstDay());
        if (report.employment() != null) {
            aangifte.setUitzendbeding(report.employment().uitzendbeding());
            aangifte.setEinddatumContract(report.employment().endDate());
        }
        aangifte.setVangnet(vangnet);
        aangifte.setIban(report.employee().iban());
        Ziekteaangifte message = new Ziekteaangifte();
        message.setBerichtkop(berichtkop(kenmerk, null, created));
        message.setWerkgever(werkgever(report));
        message.setVerzekerde(verzekerde(report.employee()));
        message.setAangifte(aangifte);
        return write(message);
    }

    /** The application for a WAZO benefit (pregnancy and birth leave, extra birth leave, paid parental leave). */
    public String wazoApplication(String kenmerk, SickReport report, OffsetDateTime created) {
        Wazo wazo = report.wazo();
        VerlofType verlof = new VerlofType();
        verlof.setSoort(WireCodes.toWire(wazo.reason()));
        verlof.setStartdatumVerlof(wazo.leaveStart());
        verlof.setVermoedelijkeBevallingsdatum(wazo.expectedDeliveryDate());
        verlof.setLaatsteWerkdag(wazo.lastWorkingDay());
        ExtraBirthLeave extra = wazo.extraBirthLeave();
        if (extra != null) {
            verlof.setAantalWeken(extra.weeks());
            verlof.setGeboortedatumKind(extra.childBirthDate());
            verlof.setGeboorteverlofOpgenomen(extra.standardBirthLeaveTaken());
            verlof.setUwvBetaaltRechtstreeks(extra.uwvPaysEmployeeDirectly());
        }
        AanvraagWazoUitkering message = new AanvraagWazoUitkering();
        message.setBerichtkop(berichtkop(kenmerk, null, created));
        message.setWerkgever(werkgever(report));
        message.setVerzekerde(verzekerde(report.employee()));
        message.setVerlof(verlof);
        message.setIban(report.employee().iban());
        return write(message);
    }

    /** A full or partial work resumption; a partial one with its percentage and wage data. */
    public String workResumption(
            String kenmerk, SickReport report, LocalDate firstDay, String aangifte, OffsetDateTime created) {
        Recovery recovery = report.recovery();
        MeldingWerkhervatting message = new MeldingWerkhervatting();
        message.setBerichtkop(berichtkop(kenmerk, aangifte, created));
        message.setWerkgever(werkgever(report));
        message.setVerzekerde(verzekerde(report.employee()));
        message.setEersteZiektedag(firstDay);
        if (recovery.full()) {
            VolledigHersteldType full = new VolledigHersteldType();
            full.setDatumHersteld(recovery.date());
            message.setVolledigHersteld(full);
        } else {
            GedeeltelijkHersteldType partial = new GedeeltelijkHersteldType();
            partial.setDatumHervatting(recovery.date());
            partial.setPercentageHervat(recovery.percentageResumed());
            partial.setSvLoonEersteZiektedag(recovery.svLoonFirstDay());
            partial.setSvLoonPerDagGedeeltelijk(recovery.svLoonPerDayPartial());
            message.setGedeeltelijkHersteld(partial);
        }
        return write(message);
    }

    /** The week-42 report. */
    public String longTermIncapacity(
            String kenmerk, SickReport report, LocalDate firstDay, String aangifte, OffsetDateTime created) {
        MeldingLangdurigArbeidsongeschikt message = new MeldingLangdurigArbeidsongeschikt();
        message.setBerichtkop(berichtkop(kenmerk, aangifte, created));
        message.setWerkgever(werkgever(report));
        message.setVerzekerde(verzekerde(report.employee()));
        message.setEersteZiektedag(firstDay);
        if (report.incapacity() != null && report.incapacity().reason() != null) {
            message.setReden(WireCodes.toWire(report.incapacity().reason()));
        }
        message.setPercentageArbeidsongeschikt(report.incapacityPercentage());
        return write(message);
    }

    /** The recovery after a week-42 report. */
    public String longTermRecovery(
            String kenmerk, SickReport report, LocalDate firstDay, String aangifte, OffsetDateTime created) {
        HersteldMeldingLangdurigArbeidsongeschikt message = new HersteldMeldingLangdurigArbeidsongeschikt();
        message.setBerichtkop(berichtkop(kenmerk, aangifte, created));
        message.setWerkgever(werkgever(report));
        message.setVerzekerde(verzekerde(report.employee()));
        message.setEersteZiektedag(firstDay);
        message.setDatumHersteld(report.recovery().date());
        return write(message);
    }

    /**
     * The withdrawal of a sent first message (Ziekteaangifte or WAZO application), in its own flow: the same
     * employer and insured person as UWV received them, referring to the sent message's kenmerk.
     */
    public String withdrawal(String kenmerk, String sentXml, OffsetDateTime created) {
        Object sent = read(sentXml);
        IntrekkingType intrekking = new IntrekkingType();
        intrekking.setIngetrokkenKenmerk(berichtkop(sent).getKenmerk());
        if (sent instanceof Ziekteaangifte aangifte) {
            Ziekteaangifte message = new Ziekteaangifte();
            message.setBerichtkop(berichtkop(kenmerk, null, created));
            message.setWerkgever(aangifte.getWerkgever());
            message.setVerzekerde(aangifte.getVerzekerde());
            message.setIntrekking(intrekking);
            return write(message);
        }
        if (sent instanceof AanvraagWazoUitkering aanvraag) {
            AanvraagWazoUitkering message = new AanvraagWazoUitkering();
            message.setBerichtkop(berichtkop(kenmerk, null, created));
            message.setWerkgever(aanvraag.getWerkgever());
            message.setVerzekerde(aanvraag.getVerzekerde());
            message.setIntrekking(intrekking);
            return write(message);
        }
        throw new IllegalArgumentException("Only a Ziekteaangifte or WAZO application is withdrawn on its own");
    }

    /**
     * A follow-up message sent again under a new kenmerk, referring to a new Ziekteaangifte: UWV withdrew
     * the old one together with the Ziekteaangifte it belonged to. It carries the employer, the insured person
     * and the first day as corrected; what it reported itself (the recovery, the week-42 facts) stays.
     */
    public String reissue(
            String xml,
            String kenmerk,
            String aangifte,
            SickReport corrected,
            LocalDate firstDay,
            OffsetDateTime created) {
        Object message = read(xml);
        BerichtkopType kop = berichtkop(message);
        kop.setKenmerk(kenmerk);
        kop.setKenmerkZiekteaangifte(aangifte);
        kop.setAangemaaktOp(created);
        WerkgeverType werkgever = werkgever(corrected);
        VerzekerdeType verzekerde = verzekerde(corrected.employee());
        if (message instanceof MeldingWerkhervatting m) {
            m.setWerkgever(werkgever);
            m.setVerzekerde(verzekerde);
            m.setEersteZiektedag(firstDay);
        } else if (message instanceof MeldingLangdurigArbeidsongeschikt m) {
            m.setWerkgever(werkgever);
            m.setVerzekerde(verzekerde);
            m.setEersteZiektedag(firstDay);
        } else if (message instanceof HersteldMeldingLangdurigArbeidsongeschikt m) {
            m.setWerkgever(werkgever);
            m.setVerzekerde(verzekerde);
            m.setEersteZiektedag(firstDay);
        } else {
            throw new IllegalArgumentException("Only a follow-up message is sent again: " + kenmerk);
        }
        return write(message);
    }

    /** Whether two messages tell UWV the same: equal but for their Berichtkop (kenmerk, time, reference). */
    public boolean sameContent(String xml, String other) {
        Object one = read(xml);
        Object two = read(other);
        berichtkop(one).setKenmerk("-");
        berichtkop(two).setKenmerk("-");
        berichtkop(one).setAangemaaktOp(null);
        berichtkop(two).setAangemaaktOp(null);
        return unvalidated(one).equals(unvalidated(two));
    }

    private Object read(String xml) {
        try {
            var unmarshaller = schemas.context(MessageFormat.DIGIZSM_V1).createUnmarshaller();
            unmarshaller.setSchema(schemas.schema(MessageFormat.DIGIZSM_V1));
            return unmarshaller.unmarshal(new StringReader(xml));
        } catch (JAXBException e) {
            throw new IllegalStateException("A message in the UWV outbox cannot be read back", e);
        }
    }

    private String unvalidated(Object message) {
        try {
            StringWriter xml = new StringWriter();
            marshallers.get().marshal(message, xml);
            return xml.toString();
        } catch (JAXBException e) {
            throw new IllegalStateException("A message in the UWV outbox cannot be written", e);
        }
    }

    /** The Berichtkop of any DigiZSM message: every flow's root element starts with one. */
    private static BerichtkopType berichtkop(Object message) {
        if (message instanceof Ziekteaangifte m) {
            return m.getBerichtkop();
        }
        if (message instanceof AanvraagWazoUitkering m) {
            return m.getBerichtkop();
        }
        if (message instanceof MeldingWerkhervatting m) {
            return m.getBerichtkop();
        }
        if (message instanceof MeldingLangdurigArbeidsongeschikt m) {
            return m.getBerichtkop();
        }
        if (message instanceof HersteldMeldingLangdurigArbeidsongeschikt m) {
            return m.getBerichtkop();
        }
        throw new IllegalArgumentException(
                "Not a DigiZSM message: " + message.getClass().getName());
    }

    private static BerichtkopType berichtkop(String kenmerk, String aangifte, OffsetDateTime created) {
        BerichtkopType kop = new BerichtkopType();
        kop.setKenmerk(kenmerk);
        kop.setSoftware(SOFTWARE);
        kop.setAangemaaktOp(created);
        kop.setTest(false);
        kop.setKenmerkZiekteaangifte(aangifte);
        return kop;
    }

    private static WerkgeverType werkgever(SickReport report) {
        WerkgeverType werkgever = new WerkgeverType();
        werkgever.setLoonheffingennummer(report.employer().loonheffingennummer());
        werkgever.setNaam(report.employer().clientName());
        return werkgever;
    }

    private static VerzekerdeType verzekerde(Employee employee) {
        VerzekerdeType verzekerde = new VerzekerdeType();
        verzekerde.setBsn(employee.bsn());
        verzekerde.setGeboortedatum(employee.birthDate());
        verzekerde.setAchternaam(employee.surname());
        verzekerde.setVoorvoegsel(employee.prefix());
        verzekerde.setVoorletters(employee.initials());
        verzekerde.setGeslacht(WireCodes.toWire(employee.gender()));
        return verzekerde;
    }

    private String write(Object message) {
        StringWriter xml = new StringWriter();
        ValidatorHandler validator = validators.get();
        try {
            validator.setContentHandler(serializer(xml));
            marshallers.get().marshal(message, validator);
            return xml.toString();
        } catch (JAXBException | TransformerConfigurationException e) {
            throw new IllegalStateException(
                    "The UWV message " + berichtkop(message).getKenmerk() + " does not meet the DigiZSM schema", e);
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
