package nl.reflexengine.testing;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * One embedded server of the test JVM, for the test classes marked with its annotation, in both places a
 * test needs it: as a JUnit extension it hands the server to test methods and constructors; as a Spring
 * context customizer (registered in {@code META-INF/spring.factories}) it gives the engine the server's
 * settings. Every class marked so gets the same settings, so their Spring contexts are one.
 *
 * @param <S> the server
 */
abstract class SharedServerExtension<S> implements ParameterResolver, ContextCustomizerFactory {

    private final Class<? extends Annotation> marker;
    private final Class<S> type;
    private final Supplier<S> server;
    private final Supplier<Map<String, Object>> settings;

    SharedServerExtension(
            Class<? extends Annotation> marker,
            Class<S> type,
            Supplier<S> server,
            Supplier<Map<String, Object>> settings) {
        this.marker = marker;
        this.type = type;
        this.server = server;
        this.settings = settings;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == type;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server.get();
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, marker) ? new Settings(marker, settings) : null;
    }

    /** The server's settings, above the engine's own; equal for every class with the same marker. */
    private record Settings(Class<? extends Annotation> marker, Supplier<Map<String, Object>> settings)
            implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(marker.getSimpleName(), settings.get()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Settings that && that.marker == marker;
        }

        @Override
        public int hashCode() {
            return marker.hashCode();
        }
    }
}
