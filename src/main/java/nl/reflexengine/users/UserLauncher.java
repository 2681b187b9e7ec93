package nl.reflexengine.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.reflexengine.privacy.PersonalData;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code user add|disable|reset-password|reset-second-factor}: manages the console's users in the engine's database, also while
 * the engine runs (a running engine reads users at each login). It opens the database with the engine's
 * configuration and migrations and nothing else of the engine.
 */
public final class UserLauncher {

    public static final String COMMAND = "user";

    public static final String USAGE = UserArguments.USAGE;

    static final int DONE = 0;
    static final int FAILED = 1;
    static final int UNUSABLE = 2;

    private UserLauncher() {}

    public static int run(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        UserArguments arguments;
        String chosenPassword;
        try {
            arguments = UserArguments.parse(args);
            chosenPassword = arguments.passwordFromStdin() ? readPassword(in) : null;
        } catch (IllegalArgumentException | IOException e) {
            err.println(COMMAND + ": " + e.getMessage());
            err.println(UserArguments.USAGE);
            return UNUSABLE;
        }
        PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String password = chosenPassword != null ? chosenPassword : NewPasswords.generate();
        try (ConfigurableApplicationContext database = openDatabase(arguments)) {
            AccountStore accounts = database.getBean(AccountStore.class);
            String name = arguments.username();
            switch (arguments.action()) {
                case ADD -> {
                    accounts.add(
                            name,
                            arguments.role(),
                            arguments.clients(),
                            passwords.encode(password),
                            arguments.validUntil());
                    out.println("User %s added as %s for %s%s."
                            .formatted(
                                    name,
                                    arguments.role(),
                                    arguments.clients(),
                                    arguments.validUntil() == null ? "" : ", until " + arguments.validUntil()));
                }
                case DISABLE -> {
                    if (!accounts.disable(name)) {
                        return noSuchUser(err, name);
                    }
                    out.println("User " + name + " is disabled: they can no longer log in.");
                }
                case RESET_PASSWORD -> {
                    if (!accounts.setPassword(name, passwords.encode(password))) {
                        return noSuchUser(err, name);
                    }
                    out.println("User " + name + " has a new password; a locked account is open again.");
                }
                case RESET_SECOND_FACTOR -> {
                    if (!accounts.resetSecondFactor(name)) {
                        return noSuchUser(err, name);
                    }
                    out.println("User " + name + " enrols a new second factor at their next login.");
                }
            }
            if (chosenPassword == null
                    && (arguments.action() == UserArguments.Action.ADD
                            || arguments.action() == UserArguments.Action.RESET_PASSWORD)) {
                out.println("Password (shown once, pass it on in person or by another channel): " + password);
            }
            return DONE;
        } catch (IllegalArgumentException e) {
            err.println(COMMAND + ": " + e.getMessage());
            return UNUSABLE;
        } catch (RuntimeException e) {
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(e);
            err.println(COMMAND + " failed: " + PersonalData.mask(cause.getMessage()));
            return FAILED;
        }
    }

    private static int noSuchUser(PrintStream err, String name) {
        err.println(COMMAND + ": there is no user named '" + name + "'");
        return UNUSABLE;
    }

    private static String readPassword(InputStream in) throws IOException {
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (line == null || line.length() < NewPasswords.MINIMUM_LENGTH) {
            throw new IllegalArgumentException(
                    "the password on standard input must be at least " + NewPasswords.MINIMUM_LENGTH + " characters");
        }
        return line;
    }

    private static ConfigurableApplicationContext openDatabase(UserArguments arguments) {
        return new SpringApplicationBuilder(DatabaseWithUsers.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(context -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource(
                                COMMAND,
                                // a command line prints its result, not the connection pool's start and stop
                                Map.of("logging.level.root", "WARN", "spring.main.lazy-initialization", "false"))))
                .run(arguments.settings().toArray(String[]::new));
    }

    /**
     * The engine's database, migrated as the engine would, and the account store. Deliberately no stereotype
     * annotation: neither the engine's component scan nor a test's search for a configuration may pick it up.
     */
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        DataSourceAutoConfiguration.class,
        DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class,
        JdbcTemplateAutoConfiguration.class,
        FlywayAutoConfiguration.class
    })
    @Import(AccountStore.class)
    static class DatabaseWithUsers {}
}
