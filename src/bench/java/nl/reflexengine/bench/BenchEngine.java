package nl.reflexengine.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.reflexengine.ReflexEngineApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the engine for a measurement, with the given settings above every other configuration source. It
 * runs as a web application on a free loopback port, as the engine does in production: without a servlet
 * context the actuator security would not apply, and the run should look like production.
 */
final class BenchEngine {

    private BenchEngine() {}

    static ConfigurableApplicationContext start(Map<String, Object> enforced, List<String> args) {
        Map<String, Object> settings = new HashMap<>(enforced);
        settings.put("reflex.console.port", "0");
        settings.put("reflex.console.address", "127.0.0.1");
        settings.put("management.server.port", "0");
        settings.put("management.server.address", "127.0.0.1");
        return new SpringApplicationBuilder(ReflexEngineApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("bench", settings)))
                .run(args.toArray(String[]::new));
    }
}
