package nl.reflexengine.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The production profile names every variable it misses, in one message, before anything starts. */
class RequiredProductionSettingsTest {

    final RequiredProductionSettings check = new RequiredProductionSettings();

    @Test
    void everyMissingVariableIsNamedAtOnce() {
        List<String> required = new ArrayList<>(RequiredProductionSettings.required());
        assertThat(required)
                .contains("REFLEX_DATASOURCE_URL", "REFLEX_SMTP_HOST")
                .doesNotContain("REFLEX_MAIL_PORT");
        MockEnvironment environment = production();
        for (String variable : required.subList(2, required.size())) {
            environment.setProperty(variable, variable.endsWith("PASSWORD") ? "" : "set");
        }

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(
                        MissingProductionSettings.class,
                        missing -> assertThat(missing.missing()).containsExactlyElementsOf(required.subList(0, 2)));

        var analysis =
                new MissingProductionSettingsAnalyzer().analyze(new MissingProductionSettings(required.subList(0, 2)));
        assertThat(analysis.getDescription()).contains(required.get(0)).contains(required.get(1));
    }

    @Test
    void withEverythingSetOrWithoutTheProfileNothingIsAsked() {
        MockEnvironment complete = production();
        RequiredProductionSettings.required().forEach(variable -> complete.setProperty(variable, "set"));
        check.postProcessEnvironment(complete, new SpringApplication());

        check.postProcessEnvironment(new MockEnvironment(), new SpringApplication()); // local mode
    }

    private static MockEnvironment production() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(RequiredProductionSettings.PROFILE);
        return environment;
    }
}
