package nl.reflexengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Reflex Engine as a Spring Boot application: every feature package below this one is scanned. The
 * commands of the jar ({@code replay}, {@code reprocess}, {@code requeue}) start it in their own way; see
 * {@link nl.reflexengine.cli.ReflexCommandLine}, the jar's entry point.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReflexEngineApplication {

    /** Runs the engine. */
    public static void main(String[] args) {
        SpringApplication.run(ReflexEngineApplication.class, args);
    }
}
