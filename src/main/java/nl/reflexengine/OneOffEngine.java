package nl.reflexengine;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the engine for a one-off command (replay, reprocess): routes and database, but no intake
 * polling, no local servers, no web server and no sending to UWV or by mail. These settings are put above
 * every other configuration source, environment variables of a production host included.
 */
public final class OneOffEngine {

    /** What a one-off command switches off: intake polling, local servers, sending. */
    static final Map<String, Object> NO_CHANNELS = Map.of(
            "reflex.local.enabled", "false",
            "reflex.mail.enabled", "false",
            "reflex.mail.test-enabled", "false",
            "reflex.sftp.enabled", "false",
            "reflex.uwv.enabled", "false",
            "reflex.smtp.enabled", "false");

    private OneOffEngine() {}

    public static ConfigurableApplicationContext start(
            String[] args, Map<String, Object> enforced, String... profiles) {
        Map<String, Object> settings = new HashMap<>(NO_CHANNELS);
        settings.putAll(enforced);
        return new SpringApplicationBuilder(ReflexEngineApplication.class)
                .profiles(profiles)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("one-off-command", settings)))
                .run(args);
    }
}
