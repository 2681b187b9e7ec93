package nl.reflexengine.validation;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.springframework.stereotype.Component;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The compiled schemas and JAXB contexts, one of each per format, built once at start-up. Both are
 * thread-safe. Schemas, and every file they import, are read from the schema directory only.
 */
@Component
public class SchemaCatalog {

    private final Path directory;
    private final Map<MessageFormat, Schema> schemas = new EnumMap<>(MessageFormat.class);
    private final Map<MessageFormat, JAXBContext> contexts = new EnumMap<>(MessageFormat.class);

    public SchemaCatalog(ValidationProperties properties) {
        this.directory = realDirectory(properties.schemaDirectory());
        SchemaFactory factory = HardenedXml.schemaFactory();
        factory.setResourceResolver(new InsideDirectoryResolver());
        for (MessageFormat format : MessageFormat.values()) {
            schemas.put(format, compile(factory, directory.resolve(format.schemaFile())));
            contexts.put(format, newContext(format));
        }
    }

    public Schema schema(MessageFormat format) {
        return schemas.get(format);
    }

    public JAXBContext context(MessageFormat format) {
        return contexts.get(format);
    }

    private static Path realDirectory(Path configured) {
        try {
            return configured.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Schema directory " + configured.toAbsolutePath()
                            + " does not exist (reflex.validation.schema-directory)",
                    e);
        }
    }

    private static Schema compile(SchemaFactory factory, Path file) {
        try {
            return factory.newSchema(new StreamSource(file.toFile()));
        } catch (SAXException e) {
            throw new IllegalStateException("Schema " + file + " cannot be compiled: " + e.getMessage(), e);
        }
    }

    private static JAXBContext newContext(MessageFormat format) {
        try {
            return JAXBContext.newInstance(format.objectFactory());
        } catch (JAXBException e) {
            throw new IllegalStateException("No JAXB context for " + format, e);
        }
    }

    /** Resolves xs:import and xs:include inside the schema directory and refuses everything else. */
    private final class InsideDirectoryResolver implements LSResourceResolver {

        @Override
        public LSInput resolveResource(
                String type, String namespaceURI, String publicId, String systemId, String baseURI) {
            if (systemId == null) {
                return null;
            }
            URI base = baseURI == null ? directory.toUri() : URI.create(baseURI);
            Path target = Path.of(base.resolve(systemId)).normalize();
            if (!target.startsWith(directory) || !Files.isRegularFile(target)) {
                throw new IllegalStateException("Schema reference outside " + directory + " refused: " + systemId);
            }
            return new FileInput(target, publicId);
        }
    }

    private record FileInput(Path file, String publicId) implements LSInput {

        @Override
        public InputStream getByteStream() {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String getSystemId() {
            return file.toUri().toString();
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        // The rest of LSInput is unused: the byte stream and system id say it all.
        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader characterStream) {}

        @Override
        public void setByteStream(InputStream byteStream) {}

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String stringData) {}

        @Override
        public void setSystemId(String systemId) {}

        @Override
        public void setPublicId(String publicId) {}

        @Override
        public String getBaseURI() {
            return null;
        }

        @Override
        public void setBaseURI(String baseURI) {}

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String encoding) {}

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean certifiedText) {}
    }
}
