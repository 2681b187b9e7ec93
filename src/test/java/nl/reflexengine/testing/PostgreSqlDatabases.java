package nl.reflexengine.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Runs the engine's tests on PostgreSQL instead of H2: with the system property {@value #URL} set (the Maven
 * profile {@code postgresql} sets it from {@code REFLEX_TEST_POSTGRESQL_URL}, which {@code .ci/postgresql}
 * exports), every test context's in-memory H2 database {@code jdbc:h2:mem:NAME} becomes the PostgreSQL database
 * {@code NAME_pid<process id>}, created when this test JVM first uses it. So test contexts that shared an
 * H2 database share a PostgreSQL one, and the two test JVMs never share anything. Other URLs (H2 files, H2 over
 * TCP) stay as they are: those tests are about H2 itself.
 */
public class PostgreSqlDatabases implements ContextCustomizerFactory {

    /** The cluster, as {@code jdbc:postgresql://host:port/}; user postgres without a password. */
    public static final String URL = "reflex.test.postgresql.url";

    private static final String H2_IN_MEMORY = "jdbc:h2:mem:";

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    /** Whether this test JVM runs the engine on PostgreSQL. */
    public static boolean active() {
        return System.getProperty(URL, "").startsWith("jdbc:postgresql:");
    }

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return active() ? new Customizer() : null;
    }

    /** Puts the redirection into every test context; equal to each other, so contexts are cached as before. */
    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            // what the environment says now (a test's own properties included); the bean below also catches what
            // is added later (@DynamicPropertySource, the embedded servers' settings) and slices that bind early
            new Commands().postProcessEnvironment(context.getEnvironment(), null);
            ((BeanDefinitionRegistry) context.getBeanFactory())
                    .registerBeanDefinition(Redirect.class.getName(), new RootBeanDefinition(Redirect.class));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    /**
     * The same for the commands a test runs in its own JVM ({@code requeue}, {@code export-outcomes}, ...), which
     * are given the H2 URL of the test's context on their command line.
     */
    public static final class Commands implements EnvironmentPostProcessor {

        @Override
        public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
            String url = environment.getProperty("spring.datasource.url");
            if (!active() || url == null) {
                return;
            }
            if (url.startsWith(H2_IN_MEMORY)) {
                url = System.getProperty(URL) + databaseFor(url);
            }
            // a test may also pass on the URL its own context ended up with
            if (url.startsWith(System.getProperty(URL))) {
                environment
                        .getPropertySources()
                        .addFirst(new MapPropertySource(
                                "reflex-test-postgresql",
                                Map.of(
                                        "spring.datasource.url", url,
                                        "spring.datasource.username", "postgres",
                                        "spring.datasource.password", "")));
            }
        }
    }

    /** Rewrites the datasource settings once they are bound, before the pool and Flyway use them. */
    static final class Redirect implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof DataSourceProperties properties
                    && properties.getUrl() != null
                    && properties.getUrl().startsWith(H2_IN_MEMORY)) {
                String database = databaseFor(properties.getUrl());
                properties.setUrl(System.getProperty(URL) + database);
                properties.setUsername("postgres");
                properties.setPassword("");
                properties.setDriverClassName(null);
            }
            return bean;
        }
    }

    /** {@code jdbc:h2:mem:mail-server-test;DB_CLOSE_DELAY=-1} is {@code mail_server_test_pid4242} in process 4242. */
    static String databaseFor(String h2Url) {
        String name = h2Url.substring(H2_IN_MEMORY.length()).split(";", 2)[0];
        String database = (name + "_" + testJvm()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        if (CREATED.add(database)) {
            recreate(database);
        }
        return database;
    }

    /** This test JVM: surefire runs two side by side, and each must have databases of its own. */
    private static String testJvm() {
        return "pid" + ProcessHandle.current().pid();
    }

    private static void recreate(String database) {
        try (Connection admin = DriverManager.getConnection(System.getProperty(URL) + "postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database, e);
        }
    }
}
