package nl.reflexengine.outbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** An outbox setting under its old name stops the engine at start-up, naming the new one. */
class RenamedSettingsTest {

    @Test
    void anOldNameStopsTheStartNamingTheNewOne() {
        StandardEnvironment environment = environment(new MapPropertySource(
                "arguments", Map.of("reflex.smtp.max-attempts", "3", "reflex.uwv.outbox.max-attempts", "4")));

        assertThatThrownBy(() -> new RenamedSettings().postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reflex.smtp.max-attempts is now reflex.smtp.outbox.max-attempts")
                .hasMessageNotContaining("reflex.uwv.max-attempts");
    }

    @Test
    void anOldNameAsAnEnvironmentVariableIsFoundToo() {
        StandardEnvironment environment = environment(
                new SystemEnvironmentPropertySource("environment", Map.of("REFLEX_UWV_RETRY_DELAY_MS", "100")));

        assertThatThrownBy(() -> new RenamedSettings().postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("reflex.uwv.retry-delay-ms is now reflex.uwv.outbox.retry-delay-ms");
    }

    @Test
    void theNewNamesStart() {
        StandardEnvironment environment = environment(new MapPropertySource(
                "arguments", Map.of("reflex.smtp.outbox.max-attempts", "3", "reflex.uwv.outbox.retry-delay-ms", "9")));

        assertThatCode(() -> new RenamedSettings().postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(org.springframework.core.env.PropertySource<?> source) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(source);
        return environment;
    }
}
