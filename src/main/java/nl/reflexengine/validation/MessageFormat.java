package nl.reflexengine.validation;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The wire formats the engine reads, recognised by root element and namespace. A new schema version is a
 * new constant here, a new schema entry file and a new mapper; the pipeline stays as it is.
 */
public enum MessageFormat {
    REFLEX_V1(
            "urn:reflex-engine:reflex:v1",
            "reflex/reflex-v1.xsd",
            nl.reflexengine.wire.reflex.v1.ObjectFactory.class,
            Set.of("Ziekmelding", "Correctie", "Intrekking")),
    DIGIZSM_V1(
            "urn:reflex-engine:digizsm:v1",
            "digizsm/digizsm-v1.xsd",
            nl.reflexengine.wire.digizsm.v1.ObjectFactory.class,
            Set.of(
                    "Ziekteaangifte",
                    "MeldingWerkhervatting",
                    "AanvraagWazoUitkering",
                    "MeldingLangdurigArbeidsongeschikt",
                    "HersteldMeldingLangdurigArbeidsongeschikt"));

    private final String namespace;
    private final String schemaFile;
    private final Class<?> objectFactory;
    private final Set<String> rootElements;

    MessageFormat(String namespace, String schemaFile, Class<?> objectFactory, Set<String> rootElements) {
        this.namespace = namespace;
        this.schemaFile = schemaFile;
        this.objectFactory = objectFactory;
        this.rootElements = rootElements;
    }

    public static Optional<MessageFormat> of(String namespace, String rootElement) {
        return Arrays.stream(values())
                .filter(f -> f.namespace.equals(namespace) && f.rootElements.contains(rootElement))
                .findFirst();
    }

    public String namespace() {
        return namespace;
    }

    /** The message types of this format, by root element. */
    public Set<String> rootElements() {
        return rootElements;
    }

    /** The schema entry file, relative to the schemas directory. */
    public String schemaFile() {
        return schemaFile;
    }

    Class<?> objectFactory() {
        return objectFactory;
    }
}
