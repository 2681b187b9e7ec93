package nl.reflexengine.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything starts under the production profile, checks that every environment variable the profile
 * needs without a default ({@code ${REFLEX_...}} in application-production.properties) is set, and names all
 * that are not in one message ({@link MissingProductionSettingsAnalyzer}) instead of failing at the first
 * bean that needs one. The list is read from that file, so it is never kept twice.
 */
class RequiredProductionSettings implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "production";
    private static final String FILE = "/application-production.properties";
    private static final Pattern REQUIRED = Pattern.compile("\\$\\{(REFLEX_[A-Z0-9_]+)}");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains(PROFILE)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String variable : required()) {
            if (!environment.containsProperty(variable)) { // set but empty is a choice (a password-less account)
                missing.add(variable);
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingProductionSettings(missing);
        }
    }

    /** The variables the production profile uses without a default, in the order the file names them. */
    static Set<String> required() {
        try (InputStream in = RequiredProductionSettings.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is not on the class path");
            }
            Matcher variables = REQUIRED.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Set<String> required = new LinkedHashSet<>();
            while (variables.find()) {
                required.add(variables.group(1));
            }
            return required;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after the config files, so the active profiles are known
    }
}
