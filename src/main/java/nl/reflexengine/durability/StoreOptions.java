package nl.reflexengine.durability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The H2 URL options of the engine's default database ({@code reflex.h2.url-options} in
 * application.properties). The benchmark and the crash test open database files of their own, and must
 * store the way the engine does: they read the options from the one place that sets them.
 */
public final class StoreOptions {

    static final String KEY = "reflex.h2.url-options";

    private StoreOptions() {}

    public static String engineDefaults() {
        Properties defaults = new Properties();
        try (InputStream in = StoreOptions.class.getResourceAsStream("/application.properties")) {
            if (in == null) {
                throw new IllegalStateException("application.properties is not on the class path");
            }
            defaults.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String options = defaults.getProperty(KEY);
        if (options == null) {
            throw new IllegalStateException(KEY + " is missing from application.properties");
        }
        return options;
    }
}
