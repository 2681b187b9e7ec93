package nl.reflexengine.outbox;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The outbox settings moved into one record per outbox ({@link OutboxSettings}): {@code
 * reflex.smtp.max-attempts} is now {@code reflex.smtp.outbox.max-attempts}, and so on. A configuration
 * that still sets an old name stops the engine at start-up naming the new one, rather than running with a
 * default the operator did not choose.
 */
public class RenamedSettings implements EnvironmentPostProcessor {

    static final Map<String, String> RENAMED = renamed();

    private static Map<String, String> renamed() {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String outbox : List.of("reflex.smtp", "reflex.uwv")) {
            for (String setting : List.of(
                    "max-attempts", "retry-delay-ms", "stale-sending-ms", "poll-period-ms", "outage-pause-max-ms")) {
                renamed.put(outbox + "." + setting, outbox + ".outbox." + setting);
            }
        }
        return Map.copyOf(renamed);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String found = RENAMED.entrySet().stream()
                .filter(old -> environment.containsProperty(old.getKey()))
                .map(old -> old.getKey() + " is now " + old.getValue())
                .sorted()
                .collect(Collectors.joining("; "));
        if (!found.isEmpty()) {
            throw new IllegalStateException("Renamed settings: " + found + ". Set the new names instead.");
        }
    }
}
