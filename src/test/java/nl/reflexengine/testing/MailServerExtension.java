package nl.reflexengine.testing;

import java.util.List;
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
 * The shared {@link TestMailServer} for a test class marked {@link WithMailServer}, in both places a test
 * needs it: as a JUnit extension it hands the server to test methods and constructors; as a Spring context
 * customizer (registered in {@code META-INF/spring.factories}) it gives the engine the server's settings.
 * Every class marked so gets the same settings, so their Spring contexts are one.
 */
public class MailServerExtension implements ParameterResolver, ContextCustomizerFactory {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestMailServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return TestMailServer.shared();
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configurations) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, WithMailServer.class) ? new Settings() : null;
    }

    /** The server's settings, above the engine's own. Equal to every other: one context for all such tests. */
    private record Settings() implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration merged) {
            context.getEnvironment()
                    .getPropertySources()
                    .addFirst(new MapPropertySource(
                            "test-mail-server", TestMailServer.shared().engineSettings()));
        }
    }
}
