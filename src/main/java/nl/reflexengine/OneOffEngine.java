package nl.reflexengine;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import nl.reflexengine.privacy.PersonalData;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
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

    /**
     * Runs a one-off command: starts the engine, lets {@code work} do the command's work and prints what
     * it returns. Exit code 0 when it ran; 2 when the command could not be used as given (the work threw an
     * {@link IllegalArgumentException}: an unknown id, say); 1 when it could not finish. Messages are masked:
     * an exception may quote a value of a message.
     */
    public static int run(
            String command,
            String[] settings,
            Function<ConfigurableApplicationContext, String> work,
            PrintStream out,
            PrintStream err) {
        try (ConfigurableApplicationContext engine = start(settings, Map.of())) {
            out.println(work.apply(engine));
            return 0;
        } catch (IllegalArgumentException e) {
            err.println(command + ": " + PersonalData.mask(e.getMessage()));
            return 2;
        } catch (RuntimeException e) {
            err.println(command + " failed: "
                    + PersonalData.mask(
                            NestedExceptionUtils.getMostSpecificCause(e).getMessage()));
            return 1;
        }
    }

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
