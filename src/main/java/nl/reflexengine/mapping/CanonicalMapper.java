package nl.reflexengine.mapping;

import nl.reflexengine.report.SickReport;
import nl.reflexengine.validation.MessageFormat;
import org.springframework.stereotype.Component;

/** Maps the unmarshalled wire message to the canonical sick report, by the format it was detected as. */
@Component("canonicalMapper")
public class CanonicalMapper {

    private final ReflexV1Mapper reflex;
    private final DigiZsmV1Mapper digiZsm;

    CanonicalMapper(ReflexV1Mapper reflex, DigiZsmV1Mapper digiZsm) {
        this.reflex = reflex;
        this.digiZsm = digiZsm;
    }

    /** The mappers hold no state: outside Spring (tools, tests) this is the same mapper as the bean. */
    public static CanonicalMapper standard() {
        return new CanonicalMapper(new ReflexV1Mapper(), new DigiZsmV1Mapper());
    }

    public SickReport map(MessageFormat format, Object wire) {
        return switch (format) {
            case REFLEX_V1 -> reflex.map(wire);
            case DIGIZSM_V1 -> digiZsm.map(wire);
        };
    }
}
